package cn.hezuo.exam.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report pages share one read of an exam's results until anything that read depends on changes: a re-import, a
 * student's name, the exam's classes.
 */
@HezuoTest
class LoadedExamCacheTest {

    @Autowired ExamTestData data;
    @Autowired ExamLoader loader;
    @Autowired ExamResultStore results;
    @Autowired ExamRepository exams;
    @Autowired StudentRepository students;
    @Autowired PlatformTransactionManager transactions;
    @Autowired LoadedExamCache cache;

    private Exam importTotals(List<Student> roster, double... totals) {
        Exam exam = data.totalsExam(List.of(roster.get(0).getClassId()), LocalDate.of(2031, 3, 1), 100);
        replace(exam, roster, totals);
        return exams.findById(exam.getId()).orElseThrow();
    }

    private void replace(Exam exam, List<Student> roster, double... totals) {
        List<StoredResult> rows = new java.util.ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            rows.add(new StoredResult(exam.getId(), roster.get(i).getId(), roster.get(i).getClassId(), false, totals[i],
                    null, null));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> results.replace(exam.getSchoolId(),
                exam.getId(), List.of(roster.get(0).getClassId()), rows, "admin", Instant.now()));
    }

    private double total(LoadedExam loaded, Student student) {
        return loaded.student(student.getStudentNo()).orElseThrow().total();
    }

    @Test
    void aSecondLoadReusesTheFirstReadAndAReimportIsSeenAtOnce() {
        List<Student> roster = data.freshClass(3);
        Exam exam = importTotals(roster, 70, 80, 90);

        LoadedExam first = loader.load(exam);
        LoadedExam second = loader.load(exams.findById(exam.getId()).orElseThrow());
        assertThat(second.scores()).isSameAs(first.scores());
        assertThat(total(second, roster.get(2))).isEqualTo(90);

        replace(exam, roster, 71, 81, 55);
        LoadedExam afterImport = loader.load(exams.findById(exam.getId()).orElseThrow());
        assertThat(afterImport.scores()).isNotSameAs(first.scores());
        assertThat(total(afterImport, roster.get(2))).isEqualTo(55);
    }

    @Test
    void aRenamedStudentShowsUnderTheNewNameAtOnce() {
        List<Student> roster = data.freshClass(2);
        Exam exam = importTotals(roster, 60, 61);
        assertThat(loader.load(exam).student(roster.get(0).getStudentNo()).orElseThrow().name())
                .isEqualTo(roster.get(0).getName());

        Student renamed = students.findById(roster.get(0).getId()).orElseThrow();
        renamed.setName("改名后");
        students.save(renamed);

        LoadedExam loaded = loader.load(exams.findById(exam.getId()).orElseThrow());
        assertThat(loaded.student(roster.get(0).getStudentNo()).orElseThrow().name()).isEqualTo("改名后");
    }

    @Test
    void theCachedReadComesWithTheExamsCurrentSettings() {
        List<Student> roster = data.freshClass(2);
        Exam exam = importTotals(roster, 60, 61);
        LoadedExam first = loader.load(exam);

        Exam reloaded = exams.findById(exam.getId()).orElseThrow();
        LoadedExam second = loader.load(reloaded);
        assertThat(second.scores()).isSameAs(first.scores());
        assertThat(second.exam()).isSameAs(reloaded);
        assertThat(second.lines()).isEqualTo(reloaded.lines());
    }

    @Test
    void anImportReadsTheExamIntoTheCacheInTheBackgroundOnceCommitted() throws Exception {
        List<Student> roster = data.freshClass(2);
        Exam exam = data.totalsExam(List.of(roster.get(0).getClassId()), LocalDate.of(2031, 3, 2), 100);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            replace(exam, roster, 50, 52);
            loader.warmAfterCommit(exam.getId());
            assertThat(cache.holds(exam.getId())).as("nothing before the commit").isFalse();
        });
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!cache.holds(exam.getId()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(cache.holds(exam.getId())).isTrue();
        assertThat(total(loader.load(exams.findById(exam.getId()).orElseThrow()), roster.get(1))).isEqualTo(52);
    }
}
