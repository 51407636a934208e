package cn.hezuo.mutualhelp;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.mutualhelp.pairs.PairSeeds;
import cn.hezuo.mutualhelp.plans.PlanSeeds;
import cn.hezuo.roster.Student;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/**
 * 帮扶对子, 学习计划 and goal check-ins (issue 16): the head teacher (and admin) forms pairs and reviews goals, the class's
 * teachers read and record, a partner (070101, paired here with a group-mate) records and reads their pair. Same order
 * as the other mutual-help rows: before the group rows regroup 七年级1班.
 */
@Order(650)
public class PairsAndPlansEndpointRows implements EndpointRows {

    @Autowired PairSeeds pairSeeds;
    @Autowired PlanSeeds planSeeds;
    @Autowired People people;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.thisClass().getId();
        long math = fixture.subject("数学");
        long english = fixture.subject("英语");
        Student me = fixture.student("070101");
        People.Placement placement = people.placement(me).orElseThrow();
        List<MemberRoles> group = people.rolesThisWeek(me.getSchoolId(), classId).orElseThrow().group(placement.groupId());
        long mate = group.stream().map(MemberRoles::studentId).filter(id -> !id.equals(me.getId())).findFirst().orElseThrow();
        long pairId = pairSeeds.pair(math, me.getId(), mate);
        planSeeds.plan(me.getId());
        Set<Persona> partners = EnumSet.copyOf(CLASS_VIEWERS);
        partners.add(Persona.STUDENT);
        String cls = "/classes/" + classId;
        list.add(new Endpoint("GET", "/classes/{classId}/pairs", () -> get(cls + "/pairs"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/pairs/propose", () -> post(cls + "/pairs/propose")
                .param("subjectId", String.valueOf(math)), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/pairs/check", () -> post(cls + "/pairs/check")
                .param("subjectId", String.valueOf(english)).param("a", String.valueOf(me.getId()))
                .param("b", String.valueOf(mate)), CLASS_MANAGERS));
        // Saved in 英语, so the demo's 数学 pairs stay as they are.
        list.add(new Endpoint("POST", "/classes/{classId}/pairs", () -> post(cls + "/pairs")
                .param("subjectId", String.valueOf(english)).param("a", String.valueOf(me.getId()))
                .param("b", String.valueOf(mate)), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/pairs/{pairId}", () -> get("/pairs/" + pairId), partners));
        list.add(new Endpoint("POST", "/pairs/{pairId}/checkins", () -> post("/pairs/" + pairId + "/checkins")
                .param("day", java.time.LocalDate.now().minusDays(1).toString()).param("content", "授权测试帮扶")
                .param("requestId", UUID.randomUUID().toString()), partners));
        list.add(new Endpoint("GET", "/me/pairs", () -> get("/me/pairs"), STUDENTS));
        list.add(new Endpoint("GET", "/me/study-plan", () -> get("/me/study-plan"), STUDENTS));
        list.add(new Endpoint("POST", "/me/study-plan", () -> post("/me/study-plan").param("content", "授权测试内容")
                .param("goals", "目标").param("period", "本周").param("method", "互查"), STUDENTS));
        list.add(new Endpoint("POST", "/me/study-plan/checkins", () -> post("/me/study-plan/checkins")
                .param("status", "PARTLY").param("requestId", UUID.randomUUID().toString()), STUDENTS));
        list.add(new Endpoint("GET", "/classes/{classId}/study-plans", () -> get(cls + "/study-plans"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/goals", () -> get("/me/goals"), STUDENTS));
        list.add(new Endpoint("POST", "/me/goals/checkins", () -> post("/me/goals/checkins")
                .param("kind", "GROUP_MIDTERM").param("status", "ACHIEVED")
                .param("requestId", UUID.randomUUID().toString().replace("-", "")), STUDENTS));
        list.add(new Endpoint("GET", "/classes/{classId}/goal-reviews", () -> get(cls + "/goal-reviews"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/goal-reviews", () -> post(cls + "/goal-reviews")
                .param("groupId", String.valueOf(placement.groupId()))
                .param("month", java.time.YearMonth.now().toString()).param("comment", "授权测试评语"), CLASS_MANAGERS));
    }
}
