package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Awards, undo, 捆绑评价 and student recorders on the demo school's 八年级2班 (H2). */
@HezuoTest
class AwardServiceTest {

    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired EvaluationSettingsService settings;
    @Autowired RecorderDesignations designations;
    @Autowired ClassGroupsQuery groupsQuery;
    @Autowired EvalActionRepository actions;
    @Autowired AuditEntryRepository audit;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired UserDetailsService users;
    @Autowired BoardQuery boards;
    @Autowired EvaluationAccess access;
    @Autowired EvaluationReportQuery reports;
    @Autowired WeeklyQuery weekly;
    @Autowired SchoolCalendar calendar;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private ClassGroups groups;
    private EvalItem plusTwo;

    @BeforeEach
    void setUp() {
        head = user("head0802");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        itemService.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        plusTwo = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).stream()
                .filter(i -> i.getPoints() == 2).findFirst().orElseThrow();
        groups = groupsQuery.of(schoolClass.getId());
        setSettings(true, false);
    }

    @Test
    void firstOpenCreatesChineseDefaultsIncludingAZeroPointItem() {
        List<EvalItem> list = items.findByClassIdOrderBySortOrderAscIdAsc(schoolClass.getId());
        assertThat(list).extracting(EvalItem::getName).contains("积极发言", "合作探究", "精彩展示", "需要加油", "纪律提醒");
        assertThat(list).anyMatch(i -> i.getPoints() == 0 && i.getKind() == ItemKind.IMPROVE);
        assertThat(list).anyMatch(i -> i.getPoints() < 0);
    }

    @Test
    void theSameRequestIdTwiceCountsOnceAndAnswersWithTheSameAction() {
        long groupId = groups.groups().get(0).id();
        int before = groupTotal(groupId);
        AwardRequest request = new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(), AwardTarget.GROUP,
                groupId, null);
        AwardResult first = awards.award(head, schoolClass.getId(), request);
        AwardResult retry = awards.award(head, schoolClass.getId(), request);
        assertThat(retry.actionId()).isEqualTo(first.actionId());
        assertThat(retry.repeated()).isTrue();
        assertThat(retry.groupTotals()).containsEntry(groupId, before + 2);
        assertThat(groupTotal(groupId)).isEqualTo(before + 2);
    }

    @Test
    void undoTakesThePointsBackAndASecondUndoIsRefusedPolitely() {
        long groupId = groups.groups().get(1).id();
        int before = groupTotal(groupId);
        AwardResult award = awards.award(head, schoolClass.getId(), group(groupId));
        AwardResult undone = awards.undo(head, schoolClass.getId(), award.actionId());
        assertThat(undone.undone()).isTrue();
        assertThat(groupTotal(groupId)).isEqualTo(before);
        assertThatThrownBy(() -> awards.undo(head, schoolClass.getId(), award.actionId()))
                .isInstanceOf(RuleViolationException.class).hasMessage("evaluation.error.alreadyUndone");
        assertThat(groupTotal(groupId)).isEqualTo(before);
        EvalAction action = actions.findById(award.actionId()).orElseThrow();
        assertThat(action.getUndoneBy()).isEqualTo("head0802");
        assertThat(audit.findAll()).anyMatch(e -> "AWARD".equals(e.getAction()) && String.valueOf(award.actionId()).equals(e.getEntityId()));
        assertThat(audit.findAll()).anyMatch(e -> "UNDO".equals(e.getAction()) && String.valueOf(award.actionId()).equals(e.getEntityId()));
    }

    @Test
    void bundledMemberPointsCountForTheMemberAndTheirGroup() {
        ClassGroups.Group group = groups.groups().get(2);
        ClassGroups.Member a = group.members().get(0);
        ClassGroups.Member b = group.members().get(1);
        int groupBefore = groupTotal(group.id());
        AwardResult result = awards.award(head, schoolClass.getId(), students(a.studentId(), b.studentId()));
        assertThat(groupTotal(group.id())).isEqualTo(groupBefore + 4);
        assertThat(result.studentTotals()).containsKeys(a.studentId(), b.studentId());
    }

    @Test
    void unbundledMemberPointsCountOnlyForTheMember() {
        setSettings(false, false);
        ClassGroups.Group group = groups.groups().get(3);
        ClassGroups.Member a = group.members().get(0);
        int groupBefore = groupTotal(group.id());
        AwardResult result = awards.award(head, schoolClass.getId(), students(a.studentId()));
        assertThat(groupTotal(group.id())).isEqualTo(groupBefore);
        assertThat(result.studentTotals().get(a.studentId())).isGreaterThanOrEqualTo(2);
        // Undo after switching back still takes the points from where they were counted.
        setSettings(true, false);
        awards.undo(head, schoolClass.getId(), result.actionId());
        assertThat(groupTotal(group.id())).isEqualTo(groupBefore);
    }

    @Test
    void wholeClassGivesEveryGroupThePointsOnce() {
        Map<Long, Integer> before = boardTotals();
        awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(),
                AwardTarget.CLASS, null, null));
        Map<Long, Integer> after = boardTotals();
        groups.groupIds().forEach(id -> assertThat(after.get(id)).isEqualTo(before.get(id) + 2));
    }

    @Test
    void aRetiredItemCannotBeAwarded() {
        EvalItem item = itemService.create(head, schoolClass.getId(), new ItemForm("临时项" + UUID.randomUUID().toString()
                .substring(0, 6), ItemKind.PRAISE, 1, ItemIcon.STAR, ItemColour.INFO, Stage.HOMEWORK, -1));
        itemService.setRetired(head, schoolClass.getId(), item.getId(), true);
        assertThatThrownBy(() -> awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(),
                item.getId(), AwardTarget.GROUP, groups.groups().get(0).id(), null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("evaluation.error.itemGone");
    }

    @Test
    void aGroupRecorderRecordsOnlyForTheirGroupAndATeacherCanUndoIt() {
        ClassGroups.Group own = groups.groups().get(0);
        ClassGroups.Group other = groups.groups().get(1);
        ClassGroups.Member recorderMember = own.members().get(0);
        designations.designate(head, schoolClass.getId(), null, Map.of(own.id(), recorderMember.studentId()));
        HezuoUser recorder = studentUser(recorderMember.studentId());

        assertThatThrownBy(() -> awards.award(recorder, schoolClass.getId(), group(own.id())))
                .as("student recording is off").isInstanceOf(AccessDeniedException.class);
        setSettings(true, true);

        AwardResult mine = awards.award(recorder, schoolClass.getId(), group(own.id()));
        assertThat(mine.studentTotals()).as("students never get individual totals").isNull();
        assertThat(actions.findById(mine.actionId()).orElseThrow().getRecorderStudentId()).isEqualTo(recorderMember.studentId());
        awards.award(recorder, schoolClass.getId(), students(own.members().get(1).studentId()));

        assertThatThrownBy(() -> awards.award(recorder, schoolClass.getId(), group(other.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awards.award(recorder, schoolClass.getId(), students(other.members().get(0).studentId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awards.award(recorder, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(),
                plusTwo.getId(), AwardTarget.CLASS, null, null))).isInstanceOf(AccessDeniedException.class);

        Board board = boards.build(access.studentRecorder(recorder), true);
        assertThat(board.groups()).extracting(Board.GroupCard::id).containsExactly(own.id());
        assertThat(board.groups().get(0).members()).allMatch(m -> m.total() == null);

        HezuoUser bystander = studentUser(own.members().get(2).studentId());
        assertThatThrownBy(() -> awards.award(bystander, schoolClass.getId(), group(own.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(awards.undo(head, schoolClass.getId(), mine.actionId()).undone()).isTrue();
    }

    @Test
    void theStudyCommitteeMemberRecordsForEveryGroupButSeesOnlyBandsWhenAllowed() {
        ClassGroups.Member member = groups.groups().get(1).members().get(0);
        designations.designate(head, schoolClass.getId(), member.studentId(), Map.of());
        setSettings(true, true);
        HezuoUser committee = studentUser(member.studentId());
        awards.award(committee, schoolClass.getId(), group(groups.groups().get(3).id()));
        Board board = boards.build(access.studentRecorder(committee), false);
        assertThat(board.groups()).hasSize(groups.groups().size());
        assertThat(board.groups()).allMatch(g -> g.band() == null);
    }

    @Test
    void theReportCountsAwardsByItemStageAndGroupAndLeavesUndoneAwardsOut() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        ClassGroups.Group group = groups.groups().get(4);
        EvaluationReport before = reports.build(schoolClass.getId(), today, today);
        awards.award(head, schoolClass.getId(), group(group.id()));
        AwardResult undone = awards.award(head, schoolClass.getId(), group(group.id()));
        awards.undo(head, schoolClass.getId(), undone.actionId());
        awards.award(head, schoolClass.getId(), students(group.members().get(0).studentId()));
        EvaluationReport after = reports.build(schoolClass.getId(), today, today);

        assertThat(points(after, group.id()) - points(before, group.id())).isEqualTo(4);
        assertThat(after.totalPoints() - before.totalPoints()).isEqualTo(2 + 2); // one group award, one member award
        long stageBefore = before.byStage().stream().filter(s -> s.stage() == plusTwo.getStage()).findFirst().orElseThrow().points();
        long stageAfter = after.byStage().stream().filter(s -> s.stage() == plusTwo.getStage()).findFirst().orElseThrow().points();
        assertThat(stageAfter - stageBefore).isEqualTo(4);
        assertThat(after.byItem()).anyMatch(i -> i.item().equals(plusTwo.getName()));
    }

    @Test
    void theWeeklyViewPutsTodaysAwardsOnTodayAndItsItemForTheGroup() {
        cn.hezuo.school.SchoolTerm term = calendar.requireTermForToday(head.schoolId());
        int week = calendar.weekToday(term);
        ClassGroups.Group group = groups.groups().get(5);
        WeeklyView before = weekly.build(schoolClass.getId(), term, week);
        awards.award(head, schoolClass.getId(), group(group.id()));
        WeeklyView after = weekly.build(schoolClass.getId(), term, week);
        WeeklyView.GroupWeek was = before.groups().get(5);
        WeeklyView.GroupWeek now = after.groups().get(5);
        assertThat(now.number()).isEqualTo(group.number());
        assertThat(now.total() - was.total()).isEqualTo(2);
        int today = (int) (java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toEpochDay() - after.monday().toEpochDay());
        assertThat(now.perDay().get(today) - was.perDay().get(today)).isEqualTo(2);
        assertThat(after.items()).contains(plusTwo.getName());
    }

    private static long points(EvaluationReport report, long groupId) {
        return report.byGroup().stream().filter(g -> g.groupId() == groupId).findFirst().orElseThrow().points();
    }

    private AwardRequest group(long groupId) {
        return new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(), AwardTarget.GROUP, groupId, null);
    }

    private AwardRequest students(Long... ids) {
        return new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(), AwardTarget.STUDENTS, null, List.of(ids));
    }

    private void setSettings(boolean bundled, boolean studentRecording) {
        EvalSettings current = settings.of(head.schoolId(), schoolClass.getId());
        settings.update(head, schoolClass.getId(), bundled, studentRecording, false,
                current.isNew() ? -1 : current.getVersion());
    }

    private int groupTotal(long groupId) {
        return boardTotals().getOrDefault(groupId, 0);
    }

    private Map<Long, Integer> boardTotals() {
        Board board = boards.build(access.requireRecorder(head, schoolClass.getId()), false);
        Map<Long, Integer> totals = new java.util.HashMap<>();
        board.groups().forEach(g -> totals.put(g.id(), g.total()));
        return totals;
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private HezuoUser studentUser(long studentId) {
        Student student = students.findById(studentId).orElseThrow();
        return user(student.getStudentNo());
    }
}
