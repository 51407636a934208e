package cn.hezuo.mutualhelp.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.identity.GroupGoalsQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 学习计划 and goal check-ins with the monthly review, on the demo school's 八年级3班. */
@HezuoTest
class StudyPlansAndGoalsTest {

    @Autowired PlanService plans;
    @Autowired GoalService goals;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private SchoolClass schoolClass;
    private WeekRoles roles;

    @BeforeEach
    void theClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst().orElseThrow();
        roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
    }

    @Test
    void aMemberWritesThePlanTheGroupSeesItAndTheSameCheckInTwiceIsOne() {
        List<MemberRoles> g = roles.byGroup().get(1);
        HezuoUser writer = student(g.get(0));
        HezuoUser mate = student(g.get(1));
        plans.save(writer, new PlanService.PlanForm("数学第三章" + UUID.randomUUID(), "全组过关", "第 10–12 周", "互查"));
        assertThat(plans.myPlan(mate).plan()).isNotNull();
        String id = UUID.randomUUID().toString();
        int before = plans.myPlan(mate).plan().checkIns().size();
        long first = plans.checkIn(mate, CheckInStatus.PARTLY, "方程还要练", id);
        assertThat(plans.checkIn(mate, CheckInStatus.PARTLY, "方程还要练", id)).isEqualTo(first);
        assertThat(plans.myPlan(mate).plan().checkIns()).hasSize(before + 1);
        assertThat(plans.classPlans(login("head0803"), schoolClass.getId()).groups())
                .anyMatch(r -> r.groupNo() == 1 && r.plan() != null);
    }

    @Test
    void anEmptyFieldIsRefusedNamingItAndNothingIsWritten() throws Exception {
        List<MemberRoles> g = roles.byGroup().get(2);
        HezuoUser writer = student(g.get(0));
        mvc.perform(post("/me/study-plan").with(user(writer)).with(csrf()).param("content", "英语").param("goals", " ")
                        .param("period", "本周").param("method", "互查"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("planError", "“学习目标”不能为空。"));
        assertThat(plans.myPlan(writer).plan()).isNull();
        assertThat(refusal(() -> plans.checkIn(writer, CheckInStatus.ACHIEVED, null, UUID.randomUUID().toString())))
                .isEqualTo("mutualhelp.plans.error.noPlan");
    }

    @Test
    void aCheckInNeedsAStatus() {
        List<MemberRoles> g = roles.byGroup().get(3);
        plans.save(student(g.get(0)), new PlanService.PlanForm("语文", "背诵", "本月", "互查"));
        assertThat(refusal(() -> plans.checkIn(student(g.get(1)), null, "x", UUID.randomUUID().toString())))
                .isEqualTo("mutualhelp.status.error.empty");
    }

    @Test
    void aGoalCheckInIsListedInItsMonthAndTheHeadTeacherMarksItReviewed() {
        MemberRoles member = roles.byGroup().get(4).get(0);
        HezuoUser s = student(member);
        List<GoalsRow> mine = goals.myGoals(s).goals().stream().map(r -> new GoalsRow(r.kind())).toList();
        assertThat(mine).as("the demo gives every group its goals").isNotEmpty();
        GroupGoalsQuery.Kind kind = mine.get(0).kind();
        String note = "坚持了" + UUID.randomUUID();
        String id = UUID.randomUUID().toString().replace("-", "");
        long first = goals.checkIn(s, kind, CheckInStatus.ACHIEVED, note, id);
        assertThat(goals.checkIn(s, kind, CheckInStatus.ACHIEVED, note, id)).isEqualTo(first);
        HezuoUser head = login("head0803");
        GoalService.Review review = goals.review(head, schoolClass.getId(), YearMonth.now().toString());
        GoalService.GroupMonth group = review.groups().stream().filter(x -> x.groupId() == member.groupId())
                .findFirst().orElseThrow();
        assertThat(group.checkIns()).filteredOn(c -> note.equals(c.note())).hasSize(1);
        goals.markReviewed(head, schoolClass.getId(), member.groupId(), review.month(), "继续保持");
        assertThat(goals.review(head, schoolClass.getId(), review.month()).groups()).anyMatch(x ->
                x.groupId() == member.groupId() && x.reviewed() && "继续保持".equals(x.comment()));
        assertThatThrownBy(() -> goals.markReviewed(login("math0803"), schoolClass.getId(), member.groupId(),
                review.month(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> goals.markReviewed(head, schoolClass.getId(), member.groupId(), review.month(),
                "很".repeat(301)))).isEqualTo("mutualhelp.goals.error.commentLength");
    }

    @Test
    void aStudentCannotCheckInOnAGoalTheyDoNotHave() {
        // Members beyond the first two have no personal goals in the demo.
        List<MemberRoles> g = roles.byGroup().get(5);
        HezuoUser s = student(g.get(g.size() - 1));
        assertThat(refusal(() -> goals.checkIn(s, GroupGoalsQuery.Kind.PERSONAL_LONG, CheckInStatus.ACHIEVED, null,
                UUID.randomUUID().toString().replace("-", "")))).isEqualTo("mutualhelp.goals.error.goal");
    }

    @Test
    void theStudentPagesCarryNoRankOrTierWords() throws Exception {
        HezuoUser s = student(roles.byGroup().get(1).get(0));
        for (String url : List.of("/me/study-plan", "/me/goals")) {
            String whole = mvc.perform(get(url).with(user(s))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            String page = whole.substring(whole.indexOf("<main"), whole.indexOf("</main>"));
            assertThat(page).doesNotContain("名次").doesNotContain("排名").doesNotContain("分层").doesNotContain("成绩");
        }
    }

    @Test
    void theDemoGivesEveryGroupOf0701AStudyPlanWithCheckInsAndGoalCheckIns() {
        SchoolClass demo = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst().orElseThrow();
        HezuoUser head = login("head0701");
        assertThat(plans.classPlans(head, demo.getId()).groups()).isNotEmpty()
                .allMatch(g -> g.plan() != null && !g.plan().checkIns().isEmpty());
        assertThat(goals.review(head, demo.getId(), null).groups()).anyMatch(g -> !g.checkIns().isEmpty());
    }

    private record GoalsRow(GroupGoalsQuery.Kind kind) {
    }

    private String refusal(Runnable action) {
        try {
            action.run();
            return "";
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
    }

    private HezuoUser student(MemberRoles m) {
        return login(people.student(m.studentId()).orElseThrow().getStudentNo());
    }

    private HezuoUser login(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }
}
