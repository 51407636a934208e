package cn.hezuo.group;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.identity.MemberGoalRepository;
import cn.hezuo.group.roles.LeaderNominationRepository;
import cn.hezuo.group.roles.RoleSchemeService;
import cn.hezuo.group.seating.SeatingChartRepository;
import cn.hezuo.group.seating.SeatingService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import cn.hezuo.testsupport.authz.Who;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 分组 (plans made in 七年级1班: a draft, a saved plan, a draft to discard), then group life of the class's active
 * plan: identity, goals, roles, nominations, seating chart and 登记表.
 */
@Order(700)
public class GroupEndpointRows implements EndpointRows {

    @Autowired GroupPlanService groupPlans;
    @Autowired GroupPlanRepository planRepository;
    @Autowired GroupMemberRepository groupLifeMembers;
    @Autowired StudyGroupRepository groupLifeGroups;
    @Autowired MemberGoalRepository groupLifeGoals;
    @Autowired RoleSchemeService groupLifeSchemes;
    @Autowired SeatingService groupLifeSeating;
    @Autowired SeatingChartRepository groupLifeCharts;
    @Autowired LeaderNominationRepository groupLifeNominations;
    @Autowired TransactionTemplate tx;

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        groupRows(rows, fixture);
        // After the 分组 rows: they may replace the active plan, so group-life requests look it up when sent.
        groupLifeRows(rows, fixture);
    }

    /** 分组: plans made by the admin and the head teacher in this class (a draft, a saved plan, a draft to discard). */
    private void groupRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        HezuoUser admin = fixture.user("admin");
        GroupingForm form = GroupingForm.defaults();
        long draft = groupPlans.createDraft(admin, classId, form).getId();
        GroupPlan saved = groupPlans.createDraft(fixture.user("head0701"), classId, form);
        groupPlans.save(fixture.user("head0701"), saved.getId(), "授权测试方案", saved.getVersion());
        long movingStudent = fixture.student("070104").getId();
        Supplier<String> draftVersion = () -> String.valueOf(planRepository.findById(draft).orElseThrow().getVersion());
        list.add(new Endpoint("GET", "/classes/{classId}/groups", () -> get("/classes/" + classId + "/groups"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/groups/new", () -> get("/classes/" + classId + "/groups/new"),
                CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/groups/plans/{planId}", () -> get("/groups/plans/" + draft), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/move", () -> post("/groups/plans/" + draft + "/move")
                .param("studentId", String.valueOf(movingStudent)).param("toGroup", "2")
                .param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/lock", () -> post("/groups/plans/" + draft + "/lock")
                .param("studentId", String.valueOf(movingStudent)).param("locked", "true")
                .param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/rerun", () -> post("/groups/plans/" + draft + "/rerun")
                .param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/save", () -> post("/groups/plans/" + draft + "/save")
                .param("name", "授权测试草稿").param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/activate",
                () -> post("/groups/plans/" + saved.getId() + "/activate"), CLASS_MANAGERS));
        // Issue 11: the teacher's own member numbers for group 1 of the saved plan (sent back unchanged, so valid).
        list.add(new Endpoint("POST", "/groups/plans/{planId}/groups/{groupNumber}/numbers", () -> {
            MockHttpServletRequestBuilder request = post("/groups/plans/" + saved.getId() + "/groups/1/numbers");
            long groupOne = groupLifeGroups.findByPlanIdOrderByNumberAsc(saved.getId()).get(0).getId();
            groupLifeMembers.findByGroupIdOrderByMemberNoAsc(groupOne)
                    .forEach(m -> request.param("no_" + m.getStudentId(), String.valueOf(m.getMemberNo())));
            return request;
        }, CLASS_MANAGERS));
        long toDiscard = groupPlans.createDraft(fixture.user("head0701"), classId, form).getId();
        list.add(new Endpoint("POST", "/groups/plans/{planId}/discard",
                () -> post("/groups/plans/" + toDiscard + "/discard"), CLASS_MANAGERS));
        // Last: a new run replaces the runner's own drafts.
        list.add(new Endpoint("POST", "/classes/{classId}/groups", () -> post("/classes/" + classId + "/groups")
                .param("groupSize", "6").param("sizeMode", "AT_MOST").param("balanceGender", "true"), CLASS_MANAGERS));
    }

    /**
     * Group-life pages of 七年级1班's active plan (which the 分组 rows above may replace, so every request looks it up
     * when it is made): the student 070101 reads their own group only and edits nothing of another group.
     */
    private void groupLifeRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        HezuoUser admin = fixture.user("admin");
        HezuoUser pupil = fixture.user("070101");
        long pupilId = fixture.student("070101").getId();
        long otherPupil = fixture.student("070104").getId();
        Supplier<GroupPlan> active = () -> planRepository.findByClassIdAndActiveTrue(classId).orElseThrow();
        Supplier<Long> ownGroup = () -> groupLifeMembers.findByPlanIdAndStudentId(active.get().getId(), pupilId)
                .orElseThrow().getGroupId();
        Supplier<GroupMember> otherMember = () -> groupLifeMembers
                .findByPlanIdOrderByGroupIdAscMemberNoAsc(active.get().getId()).stream()
                .filter(m -> !m.getGroupId().equals(ownGroup.get())).findFirst().orElseThrow();
        groupLifeSchemes.setNominationsOpen(admin, classId, true);
        try {
            groupLifeSchemes.nominate(pupil, ownGroup.get(), pupilId, null);
        } catch (RuleViolationException alreadyNominated) {
            // addRows runs once per test method; the first run's nomination is the one to confirm
        }
        long nominationId = tx.execute(status -> latestNominationId());
        list.add(new Endpoint("GET", "/groups/{groupId}", () -> get("/groups/" + ownGroup.get()),
                Who.of(Persona.ADMIN, Persona.HEAD_TEACHER_THIS_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.STUDENT)));
        list.add(new Endpoint("GET", "/groups/{groupId}", () -> get("/groups/" + otherMember.get().getGroupId()), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/groups/{groupId}/edit", () -> get("/groups/" + otherMember.get().getGroupId() + "/edit"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/{groupId}/identity", () -> {
            StudyGroup group = groupLifeGroups.findById(otherMember.get().getGroupId()).orElseThrow();
            return post("/groups/" + group.getId() + "/identity").param("name", "授权测试组" + fixture.next())
                    .param("motto", "组训").param("version", String.valueOf(group.getVersion()));
        }, CLASS_MANAGERS));
        // Issue 13: emblem 12 in colour 1 is no group's default in a class of fewer than twelve groups.
        list.add(new Endpoint("POST", "/groups/{groupId}/emblem", () -> post("/groups/" + otherMember.get().getGroupId()
                + "/emblem").param("emblemNo", "12").param("colourNo", "1"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/{groupId}/goals/{studentId}", () -> {
            GroupMember member = otherMember.get();
            var goal = groupLifeGoals.findByPlanIdAndStudentId(member.getPlanId(), member.getStudentId());
            var request = post("/groups/" + member.getGroupId() + "/goals/" + member.getStudentId())
                    .param("shortTerm", "短期" + fixture.next()).param("longTerm", "长期");
            return goal.map(g -> request.param("version", String.valueOf(g.getVersion()))).orElse(request);
        }, CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/{groupId}/nominations", () -> post("/groups/" + ownGroup.get() + "/nominations")
                .param("nomineeId", String.valueOf(pupilId)).param("subjectId", String.valueOf(fixture.subject("数学"))),
                STUDENTS));
        list.add(new Endpoint("GET", "/classes/{classId}/roles", () -> get("/classes/" + classId + "/roles").param("week", "2"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/roles/scheme", () -> post("/classes/" + classId + "/roles/scheme")
                .param("kind", "ROTATING").param("roles", "组织者、记录员、汇报员、总结员、评价员").param("periodWeeks", "1"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/roles/override", () -> post("/classes/" + classId + "/roles/override")
                .param("week", "9").param("studentId", String.valueOf(otherPupil)).param("role", ""), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/nominations", () -> get("/classes/" + classId + "/nominations"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/nominations/window",
                () -> post("/classes/" + classId + "/nominations/window").param("open", "true"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/nominations/{nominationId}/confirm",
                () -> post("/nominations/" + nominationId + "/confirm").param("confirmed", "false"), CLASS_MANAGERS));
        for (String view : List.of("", "/print", "/projector")) {
            list.add(new Endpoint("GET", "/classes/{classId}/seating" + view, () -> get("/classes/" + classId + "/seating" + view),
                    CLASS_VIEWERS));
        }
        list.add(new Endpoint("POST", "/classes/{classId}/seating", () -> post("/classes/" + classId + "/seating")
                .param("rows", "9").param("cols", "8").param("aisles", "2,4,6"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/seating/move", () -> {
            long planId = active.get().getId();
            var chart = groupLifeCharts.findByPlanId(planId).orElseGet(() -> tx.execute(status ->
                    groupLifeSeating.generate(admin, classId, 9, 8, "2,4,6")));
            return post("/classes/" + classId + "/seating/move").param("studentId", String.valueOf(otherPupil))
                    .param("row", "0").param("col", "0").param("version", String.valueOf(chart.getVersion()));
        }, CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/register", () -> get("/classes/" + classId + "/register"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/register/export",
                () -> get("/classes/" + classId + "/register/export"), CLASS_VIEWERS));
    }

    private Long latestNominationId() {
        return groupLifeNominations.findAll().stream().mapToLong(n -> n.getId()).max().orElseThrow();
    }
}
