package cn.hezuo.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.evaluation.AwardRequest;
import cn.hezuo.evaluation.AwardService;
import cn.hezuo.evaluation.AwardTarget;
import cn.hezuo.evaluation.EvalItem;
import cn.hezuo.evaluation.EvalItemRepository;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Proposing, confirming in revisions, stale and concurrent confirms, certificates — on the demo school's 七年级3班. */
@HezuoTest
class CommendationServiceTest {

    @Autowired CommendationService service;
    @Autowired CommendationRepository commendations;
    @Autowired CommendationAwardRepository awardRows;
    @Autowired StudentCertificates studentCertificates;
    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired AuditEntryRepository audit;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    private HezuoUser head;
    private SchoolClass schoolClass;

    @BeforeEach
    void setUp() {
        head = user("head0703");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst().orElseThrow();
    }

    @Test
    void theDemoSchoolHasAConfirmedCommendationForLastMonthInSevenOne() {
        HezuoUser head0701 = user("head0701");
        SchoolClass sevenOne = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst()
                .orElseThrow();
        ClassCommendation page = service.page(head0701, sevenOne.getId(), YearMonth.now(clock).minusMonths(1), null);

        assertThat(page.current()).isNotNull();
        assertThat(page.currentAwards()).anyMatch(a -> a.getKind() == AwardKind.GROUP);
        assertThat(page.currentAwards()).anyMatch(a -> "合作之星".equals(a.getTitle()));
        assertThat(page.proposal().groups()).anyMatch(l -> l.group().points() > 0);
    }

    @Test
    void monthPointsCountGroupAwardsAndBundledMemberPointsButNotUndoneOnes() {
        itemService.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        EvalItem plusTwo = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).stream()
                .filter(i -> i.getPoints() == 2).findFirst().orElseThrow();
        YearMonth now = YearMonth.now(clock);
        // A group of the class's current plan (other tests in the shared context may have regrouped 七年级3班, and the
        // month keeps the earlier plan's groups, which have no members any more).
        MonthFigures figures = service.page(head, schoolClass.getId(), now, null).proposal().figures();
        MonthFigures.StudentFigure member = figures.students().get(0);
        MonthFigures.GroupFigure before = figures.groups().stream().filter(g -> g.groupId() == member.groupId())
                .findFirst().orElseThrow();

        awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(),
                AwardTarget.GROUP, before.groupId(), null));
        awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(),
                AwardTarget.STUDENTS, null, List.of(member.studentId())));
        long undone = awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(),
                plusTwo.getId(), AwardTarget.GROUP, before.groupId(), null)).actionId();
        awards.undo(head, schoolClass.getId(), undone);

        MonthFigures after = service.page(head, schoolClass.getId(), now, null).proposal().figures();
        assertThat(after.groups().stream().filter(g -> g.groupId() == before.groupId()).findFirst().orElseThrow()
                .points()).isEqualTo(before.points() + 4);
        assertThat(after.students().stream().filter(s -> s.studentId() == member.studentId()).findFirst().orElseThrow()
                .points()).isEqualTo(member.points() + 2);
    }

    @Test
    void confirmingStoresWhoAndWhenAndAReconfirmIsANewRevisionWithHistoryKept() {
        YearMonth month = YearMonth.now(clock).minusMonths(6);
        ClassCommendation page = service.page(head, schoolClass.getId(), month, null);
        long groupId = page.proposal().groups().get(0).group().groupId();
        long studentId = page.proposal().students().get(0).student().studentId();

        Commendation first = service.confirm(head, schoolClass.getId(), command(month, 0, groupId, studentId, "合作之星"));

        assertThat(first.getRevision()).isEqualTo(1);
        assertThat(first.getConfirmedBy()).isEqualTo("head0703");
        assertThat(first.getConfirmedAt()).isNotNull();
        assertThat(awardRows.findByCommendationIdOrderBySortOrderAsc(first.getId()))
                .extracting(CommendationAward::getKind, CommendationAward::getTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AwardKind.GROUP, null),
                        org.assertj.core.groups.Tuple.tuple(AwardKind.STUDENT, "合作之星"));
        assertThat(audit.findAll()).anyMatch(e -> "CONFIRM".equals(e.getAction())
                && String.valueOf(first.getId()).equals(e.getEntityId()));

        Commendation second = service.confirm(head, schoolClass.getId(), command(month, 1, groupId, null, null));

        assertThat(second.getRevision()).isEqualTo(2);
        ClassCommendation reopened = service.page(head, schoolClass.getId(), month, null);
        assertThat(reopened.current().getId()).isEqualTo(second.getId());
        assertThat(reopened.history()).extracting(Commendation::getRevision).containsExactly(2, 1);
        assertThat(reopened.currentAwards()).extracting(CommendationAward::getKind).containsExactly(AwardKind.GROUP);
        assertThat(awardRows.findByCommendationIdOrderBySortOrderAsc(first.getId())).hasSize(2);
    }

    @Test
    void aConfirmBasedOnAnOlderRevisionIsRefused() {
        YearMonth month = YearMonth.now(clock).minusMonths(7);
        long groupId = service.page(head, schoolClass.getId(), month, null).proposal().groups().get(0).group().groupId();
        service.confirm(head, schoolClass.getId(), command(month, 0, groupId, null, null));

        assertThatThrownBy(() -> service.confirm(head, schoolClass.getId(), command(month, 0, groupId, null, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(commendations.findByClassIdAndMonthOrderByRevisionDesc(schoolClass.getId(), month.toString()))
                .hasSize(1);
    }

    @Test
    void twoConfirmsAtTheSameMomentMakeOneRevision() throws Exception {
        YearMonth month = YearMonth.now(clock).minusMonths(8);
        long groupId = service.page(head, schoolClass.getId(), month, null).proposal().groups().get(0).group().groupId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> confirm = () -> {
                try {
                    service.confirm(head, schoolClass.getId(), command(month, 0, groupId, null, null));
                    return true;
                } catch (ObjectOptimisticLockingFailureException stale) {
                    return false;
                }
            };
            List<Future<Boolean>> results = new ArrayList<>(pool.invokeAll(List.of(confirm, confirm)));
            assertThat(results.get(0).get() ^ results.get(1).get()).as("exactly one confirm wins").isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(commendations.findByClassIdAndMonthOrderByRevisionDesc(schoolClass.getId(), month.toString()))
                .hasSize(1);
    }

    @Test
    void aSubjectTeacherMayLookButNotConfirm() {
        HezuoUser math = user("math0703");
        YearMonth month = YearMonth.now(clock).minusMonths(9);
        ClassCommendation page = service.page(math, schoolClass.getId(), month, null);
        assertThat(page.mayConfirm()).isFalse();
        long groupId = page.proposal().groups().get(0).group().groupId();

        assertThatThrownBy(() -> service.confirm(math, schoolClass.getId(), command(month, 0, groupId, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void emptyAndFutureConfirmsAreRefused() {
        YearMonth past = YearMonth.now(clock).minusMonths(10);
        assertThatThrownBy(() -> service.confirm(head, schoolClass.getId(), new ConfirmCommand(past,
                ProposalSettings.defaults(), 0, Map.of(), Map.of())))
                .isInstanceOf(RuleViolationException.class).hasMessage("commendation.error.empty");
        YearMonth future = YearMonth.now(clock).plusMonths(1);
        long groupId = service.page(head, schoolClass.getId(), past, null).proposal().groups().get(0).group().groupId();
        assertThatThrownBy(() -> service.confirm(head, schoolClass.getId(), command(future, 0, groupId, null, null)))
                .isInstanceOf(RuleViolationException.class).hasMessage("commendation.error.future");
    }

    @Test
    void aStudentSeesOnlyCertificatesOfTheValidRevision() {
        YearMonth month = YearMonth.now(clock).minusMonths(11);
        ClassCommendation page = service.page(head, schoolClass.getId(), month, null);
        MonthFigures.StudentFigure figure = page.proposal().figures().students().get(0);
        Student student = students.findById(figure.studentId()).orElseThrow();
        Student groupMate = students.findById(page.proposal().figures().students().stream()
                .filter(s -> s.groupId() == figure.groupId() && s.studentId() != figure.studentId())
                .findFirst().orElseThrow().studentId()).orElseThrow();
        int before = studentCertificates.of(student).size();

        service.confirm(head, schoolClass.getId(), command(month, 0, figure.groupId(), figure.studentId(), null));

        List<Certificate> mine = studentCertificates.of(student);
        assertThat(mine).hasSize(before + 2);
        assertThat(mine).filteredOn(c -> c.month().equals(month)).extracting(Certificate::kind)
                .containsExactly(AwardKind.STUDENT, AwardKind.GROUP);
        assertThat(studentCertificates.of(groupMate)).filteredOn(c -> c.month().equals(month))
                .extracting(Certificate::kind).containsExactly(AwardKind.GROUP);

        service.confirm(head, schoolClass.getId(), command(month, 1, figure.groupId(), null, null));

        assertThat(studentCertificates.of(student)).filteredOn(c -> c.month().equals(month))
                .extracting(Certificate::kind).containsExactly(AwardKind.GROUP);
    }

    private static ConfirmCommand command(YearMonth month, int basedOn, Long groupId, Long studentId, String title) {
        Map<Long, ConfirmCommand.Choice> groups = groupId == null ? Map.of()
                : Map.of(groupId, new ConfirmCommand.Choice(null, null));
        Map<Long, ConfirmCommand.Choice> students = studentId == null ? Map.of()
                : Map.of(studentId, new ConfirmCommand.Choice(title, null));
        return new ConfirmCommand(month, ProposalSettings.defaults(), basedOn, groups, students);
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }
}
