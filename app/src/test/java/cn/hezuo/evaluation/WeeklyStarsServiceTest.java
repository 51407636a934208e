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
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The 周评表 on the demo school's 七年级3班 (H2): who may fill it, updates, stale edits, averages. */
@HezuoTest
class WeeklyStarsServiceTest {

    @Autowired WeeklyStarsService service;
    @Autowired WeeklyStarsQuery query;
    @Autowired WeeklyStarsRepository repository;
    @Autowired RecorderDesignations designations;
    @Autowired EvaluationSettingsService settings;
    @Autowired ClassGroupsQuery groupsQuery;
    @Autowired SchoolCalendar calendar;
    @Autowired AuditEntryRepository audit;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired UserDetailsService users;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private ClassGroups groups;
    private SchoolTerm term;

    @BeforeEach
    void setUp() {
        head = user("head0703");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst().orElseThrow();
        groups = groupsQuery.of(schoolClass.getId());
        term = calendar.requireTermForToday(head.schoolId());
        designations.designate(head, schoolClass.getId(), null, Map.of());
        setStudentRecording(false);
    }

    @Test
    void aTeacherFillsAGroupAndASecondSaveUpdatesTheSameRowAndIsAudited() {
        long groupId = groups.groups().get(0).id();
        WeeklyStars first = service.save(head, schoolClass.getId(), 1, groupId, new StarScores(5, 4, 3, 2), " 很好 ", -1);
        WeeklyStars second = service.save(head, schoolClass.getId(), 1, groupId, new StarScores(1, 2, 3, 4), "", first.getVersion());

        assertThat(second.getId()).isEqualTo(first.getId());
        WeeklyStars stored = repository.findById(first.getId()).orElseThrow();
        assertThat(stored.scores()).isEqualTo(new StarScores(1, 2, 3, 4));
        assertThat(stored.getComment()).isNull();
        assertThat(stored.getFilledBy()).isEqualTo("head0703");
        assertThat(stored.getFilledByStudentId()).isNull();
        assertThat(query.forWeek(schoolClass.getId(), term, 1)).containsKey(groupId);
        assertThat(audit.findAll()).anyMatch(e -> "CREATE".equals(e.getAction()) && "WeeklyStars".equals(e.getEntityType())
                && String.valueOf(first.getId()).equals(e.getEntityId()));
        assertThat(audit.findAll()).anyMatch(e -> "UPDATE".equals(e.getAction()) && "WeeklyStars".equals(e.getEntityType())
                && String.valueOf(first.getId()).equals(e.getEntityId()));
    }

    @Test
    void aSaveFromAStaleFormIsRefusedAndChangesNothing() {
        long groupId = groups.groups().get(1).id();
        WeeklyStars first = service.save(head, schoolClass.getId(), 2, groupId, new StarScores(3, 3, 3, 3), null, -1);
        int seen = first.getVersion();
        service.save(user("math0703"), schoolClass.getId(), 2, groupId, new StarScores(4, 4, 4, 4), null, seen);

        assertThatThrownBy(() -> service.save(head, schoolClass.getId(), 2, groupId, new StarScores(5, 5, 5, 5), null, seen))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.save(head, schoolClass.getId(), 2, groupId, new StarScores(5, 5, 5, 5), null, -1))
                .as("a form opened before anyone filled the group").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(repository.findById(first.getId()).orElseThrow().scores()).isEqualTo(new StarScores(4, 4, 4, 4));
    }

    @Test
    void starsOutsideOneToFiveALongCommentAndAGroupOfAnotherClassAreRefused() {
        long groupId = groups.groups().get(2).id();
        assertThatThrownBy(() -> new StarScores(0, 3, 3, 3)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new StarScores(3, 3, 6, 3)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.save(head, schoolClass.getId(), 3, groupId, new StarScores(3, 3, 3, 3),
                "好".repeat(WeeklyStars.COMMENT_MAX + 1), -1)).isInstanceOf(RuleViolationException.class)
                .hasMessage("evaluation.stars.error.comment");
        long otherClassGroup = groupsQuery.of(classes.findAll().stream().filter(c -> c.getName().equals("七年级2班"))
                .findFirst().orElseThrow().getId()).groups().get(0).id();
        assertThatThrownBy(() -> service.save(head, schoolClass.getId(), 3, otherClassGroup, new StarScores(3, 3, 3, 3),
                null, -1)).isInstanceOf(RuleViolationException.class).hasMessage("evaluation.stars.error.group");
        assertThatThrownBy(() -> service.save(user("head0802"), schoolClass.getId(), 3, groupId, new StarScores(3, 3, 3, 3),
                null, -1)).as("a teacher of another class").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStudyCommitteeMemberFillsTheFormWhileStudentRecordingIsOnButAGroupRecorderMayNot() {
        ClassGroups.Group group = groups.groups().get(3);
        long committeeId = group.members().get(0).studentId();
        long groupRecorderId = groups.groups().get(4).members().get(0).studentId();
        designations.designate(head, schoolClass.getId(), committeeId, Map.of(groups.groups().get(4).id(), groupRecorderId));
        HezuoUser committee = studentUser(committeeId);

        assertThatThrownBy(() -> service.save(committee, schoolClass.getId(), 4, group.id(), new StarScores(4, 4, 4, 4), null, -1))
                .as("student recording is off").isInstanceOf(AccessDeniedException.class);
        setStudentRecording(true);
        WeeklyStars saved = service.save(committee, schoolClass.getId(), 4, group.id(), new StarScores(4, 5, 4, 5), "积极", -1);
        assertThat(saved.getFilledByStudentId()).isEqualTo(committeeId);
        assertThat(saved.getFilledBy()).isEqualTo(committee.getUsername());

        assertThatThrownBy(() -> service.save(studentUser(groupRecorderId), schoolClass.getId(), 4,
                groups.groups().get(4).id(), new StarScores(5, 5, 5, 5), null, -1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(studentUser(group.members().get(1).studentId()), schoolClass.getId(), 4,
                group.id(), new StarScores(5, 5, 5, 5), null, saved.getVersion())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void averagesPerGroupCoverOnlyTheAskedWeeks() {
        long groupId = groups.groups().get(5).id();
        service.save(head, schoolClass.getId(), 5, groupId, new StarScores(5, 5, 5, 5), null, -1);
        service.save(head, schoolClass.getId(), 6, groupId, new StarScores(3, 4, 1, 2), null, -1);
        service.save(head, schoolClass.getId(), 7, groupId, new StarScores(1, 1, 1, 1), null, -1);

        Map<Long, WeeklyStarsQuery.StarAverage> averages = query.averageByGroup(schoolClass.getId(), 5, 6);
        WeeklyStarsQuery.StarAverage average = averages.get(groupId);
        assertThat(average.weeks()).isEqualTo(2);
        assertThat(average.studyPlan()).isEqualTo(4.0);
        assertThat(average.answering()).isEqualTo(4.5);
        assertThat(average.challenge()).isEqualTo(3.0);
        assertThat(average.reflection()).isEqualTo(3.5);
        assertThat(average.overall()).isEqualTo(3.75);
        assertThat(query.averageByGroup(schoolClass.getId(), term.id(), 7, 7).get(groupId).overall()).isEqualTo(1.0);
    }

    private void setStudentRecording(boolean on) {
        EvalSettings current = settings.of(head.schoolId(), schoolClass.getId());
        settings.update(head, schoolClass.getId(), true, on, false, current.isNew() ? -1 : current.getVersion());
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private HezuoUser studentUser(long studentId) {
        Student student = students.findById(studentId).orElseThrow();
        return user(student.getStudentNo());
    }
}
