package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.commendation.AwardKind;
import cn.hezuo.commendation.ClassCommendation;
import cn.hezuo.commendation.CommendationAward;
import cn.hezuo.commendation.CommendationService;
import cn.hezuo.commendation.ConfirmCommand;
import cn.hezuo.commendation.ProposalSettings;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.testsupport.HezuoTest;
import cn.hezuo.testsupport.TestClasses;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11: "regrouping wipes the scoreboard". A fresh class of 18 students in three groups earns points, one group's
 * award falls in last week, a group is commended for this month — then the class is regrouped (the new plan keeps the
 * old groups' members under other numbers) and earns more points. Points belong to the students and to the group they
 * were earned in.
 */
@HezuoTest
class RegroupingKeepsPointsTest {

    @Autowired GroupPlanService planService;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired GroupMemberRepository members;
    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired CommendationService commendations;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired UserDetailsService users;
    @Autowired SchoolCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired TestClasses testClasses;
    @Autowired MockMvc mvc;

    private HezuoUser admin;
    private SchoolClass schoolClass;
    private GroupPlan first;
    private List<StudyGroup> firstGroups;
    private EvalItem plusTwo;
    private long bothTimesStudent;

    @BeforeEach
    void classEarnsPointsInItsFirstGroups() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        TestClasses.TestClass built = testClasses.aClass("重组班").withStudents(18).numbered("R").named(i -> "组员" + i)
                .groupedAndActive("第一学段分组", form(11)).withDefaultItems().build();
        schoolClass = built.schoolClass();
        first = built.activePlan();
        firstGroups = groups.findByPlanIdOrderByNumberAsc(first.getId());
        for (StudyGroup g : firstGroups) {
            g.setName("雄鹰" + g.getNumber());
            g.setMotto("团结奋进" + g.getNumber());
            g.setGoals("期中进步" + g.getNumber(), "IN_PROGRESS", null, null, "学年目标" + g.getNumber(), null);
            groups.save(g);
        }
        plusTwo = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).stream()
                .filter(i -> i.getPoints() == 2).findFirst().orElseThrow();
        // Every group +2 and +2 again for 第1组; one member of 第2组 +2 (bundled: it counts for 第2组 too).
        for (StudyGroup g : firstGroups) {
            awardGroup(g.getId());
        }
        long lastWeeks = awardGroup(firstGroups.get(0).getId());
        bothTimesStudent = members.findByGroupIdOrderByMemberNoAsc(firstGroups.get(1).getId()).get(0).getStudentId();
        awardStudent(bothTimesStudent);
        // The second award of 第1组 happened last week (noon of last Friday).
        LocalDate lastFriday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(3);
        jdbc.update("update eval_action set recorded_at = ? where id = ?",
                Timestamp.from(lastFriday.atTime(12, 0).atZone(clock.getZone()).toInstant()), lastWeeks);
    }

    @Test
    void theBoardShowsTheNewGroupsTotalsSinceActivationWithANoteAndStudentsKeepTheirTotals() throws Exception {
        GroupPlan second = regroup(true);
        StudyGroup newGroup = groups.findByPlanIdOrderByNumberAsc(second.getId()).get(0);
        awardGroup(newGroup.getId());
        AwardResult after = awardStudent(bothTimesStudent);

        String board = page("/classes/" + schoolClass.getId() + "/evaluation");
        LocalDate today = LocalDate.now(clock);
        assertThat(board).contains("id=\"board-since\"")
                .contains("自 " + today.getMonthValue() + "月" + today.getDayOfMonth() + "日 新分组起");
        // The new group's total counts what it earned since activation: +2 for the group, +2 for the member if bundled.
        long newGroupOfStudent = members.findByPlanIdAndStudentId(second.getId(), bothTimesStudent).orElseThrow().getGroupId();
        assertThat(after.groupTotals().get(newGroupOfStudent)).isEqualTo(newGroupOfStudent == newGroup.getId() ? 4 : 2);
        // The student's own total goes on across the regrouping.
        assertThat(after.studentTotals()).containsEntry(bothTimesStudent, 4);
    }

    @Test
    void theTermReportListsEachPlansGroupsAndItsPerGroupSumEqualsItsPerStageSum() throws Exception {
        GroupPlan second = regroup(true);
        awardGroup(groups.findByPlanIdOrderByNumberAsc(second.getId()).get(2).getId());

        String report = page("/classes/" + schoolClass.getId() + "/evaluation/report?period=TERM");
        long groupSum = sum(section(report, "report-groups"), "group-points\">(-?\\d+)<");
        long stageSum = sum(section(report, "report-stages").replaceAll("(?s)<tfoot.*", ""), "<td class=\"text-end\">(-?\\d+)</td>");
        // 3 group awards + 1 more for 第1组 + a bundled member award, then one award of a new group: 6 × 2 points.
        assertThat(stageSum).isEqualTo(12);
        assertThat(groupSum).as("per-group sum").isEqualTo(stageSum);
        assertThat(section(report, "report-groups")).contains("第一学段分组").contains("第二学段分组").contains("雄鹰1");
    }

    @Test
    void lastWeeksGroupFiguresStayWithTheGroupsThatEarnedThem() throws Exception {
        SchoolTerm term = calendar.requireTermForToday(admin.schoolId());
        int lastWeek = calendar.weekToday(term) - 1;
        assumeThat(lastWeek).as("the term has a last week").isGreaterThanOrEqualTo(1);
        regroup(true);

        String weekly = page("/classes/" + schoolClass.getId() + "/evaluation/weekly?week=" + lastWeek);
        assertThat(weekly).contains("雄鹰1");
        assertThat(weekly).containsPattern("fw-bold weekly-total\">2<");
    }

    @Test
    void regroupingCarriesNamesMottosAndGoalsToTheGroupsThatKeepMostOfTheirMembers() throws Exception {
        GroupPlan second = regroup(true);
        Map<Long, StudyGroup> oldGroupOfStudent = new HashMap<>();
        for (StudyGroup g : firstGroups) {
            members.findByGroupIdOrderByMemberNoAsc(g.getId()).forEach(m -> oldGroupOfStudent.put(m.getStudentId(), g));
        }
        for (StudyGroup g : groups.findByPlanIdOrderByNumberAsc(second.getId())) {
            StudyGroup old = oldGroupOfStudent.get(members.findByGroupIdOrderByMemberNoAsc(g.getId()).get(0).getStudentId());
            assertThat(g.getNumber()).isNotEqualTo(old.getNumber()); // matched by members, not by number
            assertThat(g.getName()).isEqualTo(old.getName());
            assertThat(g.getMotto()).isEqualTo(old.getMotto());
            assertThat(g.getGoalMidterm()).isEqualTo(old.getGoalMidterm());
            assertThat(g.getGoalMidtermStatus()).isEqualTo("IN_PROGRESS");
            assertThat(g.getGoalYear()).isEqualTo(old.getGoalYear());
        }
    }

    @Test
    void anUncheckedCarryOverBoxLeavesTheNewGroupsBlank() throws Exception {
        GroupPlan second = regroup(false);
        assertThat(groups.findByPlanIdOrderByNumberAsc(second.getId()))
                .allSatisfy(g -> assertThat(g.getName()).isNull())
                .allSatisfy(g -> assertThat(g.getMotto()).isNull());
    }

    @Test
    void reconfirmingTheMonthsCommendationAfterRegroupingKeepsTheGroupThatEarnedIt() throws Exception {
        YearMonth month = YearMonth.now(clock);
        long earned = firstGroups.get(1).getId();
        ConfirmCommand command = new ConfirmCommand(month, ProposalSettings.defaults(), 0,
                Map.of(earned, new ConfirmCommand.Choice("合作之星", null)), Map.of());
        long revision1 = commendations.confirm(admin, schoolClass.getId(), command).getId();
        List<CommendationAward> confirmed = commendations.certificates(admin, revision1).awards();

        regroup(true);

        ClassCommendation page = commendations.page(admin, schoolClass.getId(), month, null);
        assertThat(page.proposal().groups()).anyMatch(l -> l.group().groupId() == earned && l.group().points() == 4);
        assertThat(page.confirmed(AwardKind.GROUP, earned)).isTrue();
        long revision2 = commendations.confirm(admin, schoolClass.getId(), new ConfirmCommand(month,
                ProposalSettings.defaults(), 1, Map.of(earned, new ConfirmCommand.Choice("合作之星", null)), Map.of())).getId();
        assertThat(commendations.certificates(admin, revision2).awards())
                .anyMatch(a -> a.getKind() == AwardKind.GROUP && a.getGroupId() == earned && a.getPoints() == 4
                        && "雄鹰2".equals(a.getName()));
        assertThat(commendations.certificates(admin, revision1).awards()).usingRecursiveComparison().isEqualTo(confirmed);
    }

    /** The second plan keeps each old group together under another number (old 第g组 → new 第(g mod 3)+1组). */
    private GroupPlan regroup(boolean carry) throws Exception {
        GroupPlan second = planService.createDraft(admin, schoolClass.getId(), form(12));
        for (StudyGroup old : firstGroups) {
            int target = old.getNumber() % firstGroups.size() + 1;
            for (GroupMember m : members.findByGroupIdOrderByMemberNoAsc(old.getId())) {
                planService.move(admin, second.getId(), m.getStudentId(), target, version(second));
            }
        }
        planService.save(admin, second.getId(), "第二学段分组", version(second));
        var request = post("/groups/plans/" + second.getId() + "/activate").with(user(admin)).with(csrf())
                .param("identityOffered", "true");
        if (carry) {
            request.param("carryIdentity", "true");
        }
        mvc.perform(request).andReturn();
        assertThat(plans.findById(second.getId()).orElseThrow().isActive()).isTrue();
        return second;
    }

    private GroupPlan plan(String name, long seed) {
        GroupPlan plan = planService.createDraft(admin, schoolClass.getId(), form(seed));
        planService.save(admin, plan.getId(), name, version(plan));
        return plans.findById(plan.getId()).orElseThrow();
    }

    private int version(GroupPlan plan) {
        return plans.findById(plan.getId()).orElseThrow().getVersion();
    }

    private static GroupingForm form(long seed) {
        return new GroupingForm(6, cn.hezuo.grouping.SizeMode.AT_MOST, List.of(), "", true, false, List.of(), List.of(),
                List.of(), false, seed);
    }

    private long awardGroup(long groupId) {
        return awards.award(admin, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(),
                AwardTarget.GROUP, groupId, null)).actionId();
    }

    private AwardResult awardStudent(long studentId) {
        return awards.award(admin, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(),
                AwardTarget.STUDENTS, null, List.of(studentId)));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(admin)).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsString();
    }

    private static String section(String html, String tableId) {
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static long sum(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }
}
