package cn.hezuo.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.exam.report.StudentExams;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.group.GroupMatesQuery;
import cn.hezuo.group.GroupMatesQuery.GroupMates;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.testsupport.HezuoTest;
import cn.hezuo.tracking.StudyPartners.Missing;
import cn.hezuo.tracking.StudyPartners.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** 帮扶对子: the strongest group-mate of the class's active plan in the tracked exam's subject, or why there is none. */
@HezuoTest
class StudyPartnersTest {

    @Autowired ExamTestData data;
    @Autowired StudyPartners partners;
    @Autowired GroupMatesQuery groupMates;
    @Autowired StudentExams studentExams;
    @Autowired ExamResultStore results;
    @Autowired StudentRepository students;
    @Autowired TransactionTemplate tx;

    private HezuoUser admin;
    private SchoolClass demoClass;
    private Student tracked;
    private GroupMates group;

    /** A student of 七年级1班 (whose head teacher activated a grouping plan in the demo school) with group-mates. */
    @BeforeEach
    void studentInAGroup() {
        admin = data.user("admin");
        demoClass = data.demoClass("七年级1班");
        for (Student s : students.findByClassIdAndActiveTrueOrderByStudentNoAsc(demoClass.getId())) {
            var mates = groupMates.of(demoClass.getId(), s.getId());
            if (mates.isPresent() && mates.get().mateStudentIds().size() >= 2) {
                tracked = s;
                group = mates.get();
                return;
            }
        }
        throw new IllegalStateException("demo class has no active plan with groups");
    }

    private Exam examWithTotals(Map<Long, Double> totals) {
        Exam exam = data.totalsExam(List.of(demoClass.getId()), LocalDate.of(2031, 3, 1), 100);
        List<StoredResult> rows = new ArrayList<>();
        totals.forEach((id, total) -> rows.add(new StoredResult(exam.getId(), id, demoClass.getId(), false, total,
                null, null)));
        store(exam, demoClass.getId(), rows);
        return exam;
    }

    private void store(Exam exam, long classId, List<StoredResult> rows) {
        tx.executeWithoutResult(status -> results.replace(admin.schoolId(), exam.getId(), List.of(classId), rows,
                "test", Instant.now()));
    }

    private Suggestion suggest(Long sourceExamId) {
        return partners.suggest(tracked, sourceExamId, studentExams.lines(tracked, (exam, classId) -> true));
    }

    @Test
    void theStrongestGroupMateInTheSourceExamIsSuggested() {
        long weaker = group.mateStudentIds().get(0);
        long strongest = group.mateStudentIds().get(1);
        Exam exam = examWithTotals(Map.of(tracked.getId(), 41.0, weaker, 35.0, strongest, 88.0));

        Suggestion suggestion = suggest(exam.getId());

        assertThat(suggestion.missing()).isNull();
        assertThat(suggestion.partner().getId()).isEqualTo(strongest);
        assertThat(suggestion.partnerTotal()).isEqualTo(88.0);
        assertThat(suggestion.ownTotal()).isEqualTo(41.0);
        assertThat(suggestion.exam().getId()).isEqualTo(exam.getId());
        assertThat(suggestion.subject()).isEqualTo("数学");
        assertThat(suggestion.group().groupNumber()).isEqualTo(group.groupNumber());
    }

    @Test
    void studentsOfOtherGroupsAreNeverSuggestedAndNoStrongerMateSaysSo() {
        Student outsider = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(demoClass.getId()).stream()
                .filter(s -> !s.getId().equals(tracked.getId()) && !group.mateStudentIds().contains(s.getId()))
                .findFirst().orElseThrow();
        Exam exam = examWithTotals(Map.of(tracked.getId(), 95.0, group.mateStudentIds().get(0), 60.0,
                outsider.getId(), 99.0));

        Suggestion suggestion = suggest(exam.getId());

        assertThat(suggestion.partner()).isNull();
        assertThat(suggestion.missing()).isEqualTo(Missing.NONE_STRONGER);
    }

    @Test
    void withoutASourceExamTheLatestExamIsUsedAndAnAbsentMateIsSkipped() {
        long absentMate = group.mateStudentIds().get(0);
        long presentMate = group.mateStudentIds().get(1);
        examWithTotals(Map.of(tracked.getId(), 10.0, absentMate, 99.0, presentMate, 20.0)); // older
        Exam latest = data.totalsExam(List.of(demoClass.getId()), LocalDate.of(2031, 9, 1), 100);
        store(latest, demoClass.getId(), List.of(
                new StoredResult(latest.getId(), tracked.getId(), demoClass.getId(), false, 30.0, null, null),
                StoredResult.absent(latest.getId(), absentMate, demoClass.getId()),
                new StoredResult(latest.getId(), presentMate, demoClass.getId(), false, 70.0, null, null)));

        Suggestion suggestion = partners.suggest(tracked, null, studentExams.lines(tracked,
                (exam, classId) -> exam.getId().equals(latest.getId())));

        assertThat(suggestion.exam().getId()).isEqualTo(latest.getId());
        assertThat(suggestion.partner().getId()).isEqualTo(presentMate);
    }

    @Test
    void aStudentOutsideAnyActivePlanOrWithoutExamsGetsTheReason() {
        Student loner = data.freshClass(3).get(0);
        Exam exam = data.totalsExam(List.of(loner.getClassId()), LocalDate.of(2031, 4, 1), 100);
        store(exam, loner.getClassId(), List.of(
                new StoredResult(exam.getId(), loner.getId(), loner.getClassId(), false, 50.0, null, null)));

        assertThat(partners.suggest(loner, exam.getId(), studentExams.lines(loner, (e, c) -> true)).missing())
                .isEqualTo(Missing.NO_GROUP);
        assertThat(partners.suggest(loner, null, List.of()).missing()).isEqualTo(Missing.NO_EXAM);
    }
}
