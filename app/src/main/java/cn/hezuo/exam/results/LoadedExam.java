package cn.hezuo.exam.results;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.stats.ExamLines;
import cn.hezuo.exam.stats.ExamMatrix;
import cn.hezuo.exam.stats.ScoreTable;
import cn.hezuo.school.SchoolClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One exam loaded for its reports: settings, items, classes and every result, as the statistics core's
 * {@link ScoreTable} (and {@link ExamMatrix} when the exam has item scores). Students are keyed by 学号 and classes by
 * name, so the core's results read directly in the pages.
 *
 * @param classes  the exam's classes in display order (every one is registered, even with nobody present)
 * @param matrix   null for a total-only exam
 * @param students every student with a result, by 学号, in 学号 order
 */
public record LoadedExam(Exam exam, List<ExamItem> items, List<SchoolClass> classes, ScoreTable scores,
                         ExamMatrix matrix, ExamLines lines, Map<String, ResultStudent> students) {

    /**
     * A student with a result.
     *
     * @param row the student's row in the score table and matrix; -1 when absent
     */
    public record ResultStudent(long studentId, String studentNo, String name, long classId, String className,
                                boolean absent, double total, int row, String options) {
    }

    public boolean hasItems() {
        return matrix != null;
    }

    public boolean hasResults() {
        return !students.isEmpty();
    }

    public Optional<ResultStudent> student(String studentNo) {
        return Optional.ofNullable(students.get(studentNo));
    }

    public Optional<SchoolClass> schoolClass(long classId) {
        return classes.stream().filter(c -> c.getId() == classId).findFirst();
    }
}
