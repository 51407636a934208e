package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 临界生: present students just below the pass or the excellent line, where a few more points change the outcome.
 *
 * <p>Near pass: passLine − buffer ≤ T &lt; passLine; near excellent: excellentLine − buffer ≤ T &lt; excellentLine. The
 * buffer is a share of full marks, by default {@value #DEFAULT_BUFFER_RATIO} (6 points of 120). A total exactly on a
 * line is not borderline (it already passes); one exactly at line − buffer is. Each list is sorted by the gap to the
 * line, smallest first, then by student id.
 *
 * @param buffer the buffer in points
 */
public record BorderlineStudents(double buffer, List<Student> nearPass, List<Student> nearExcellent) {

    public static final double DEFAULT_BUFFER_RATIO = 0.05;

    public BorderlineStudents {
        nearPass = List.copyOf(nearPass);
        nearExcellent = List.copyOf(nearExcellent);
    }

    /** @param gap points still missing to reach the line, in (0, buffer] */
    public record Student(String studentId, String classKey, double total, double gap) {
    }

    private static final Comparator<Student> CLOSEST_FIRST =
            Comparator.comparingDouble(Student::gap).thenComparing(Student::studentId);

    public static BorderlineStudents find(ScoreTable scores, ExamLines lines) {
        return find(scores, lines, DEFAULT_BUFFER_RATIO);
    }

    public static BorderlineStudents find(ScoreTable scores, ExamLines lines, double bufferRatio) {
        if (!(bufferRatio >= 0 && bufferRatio <= 1)) {
            throw new IllegalArgumentException("buffer must lie in [0, 1] of full marks: " + bufferRatio);
        }
        double buffer = bufferRatio * lines.fullMarks();
        return new BorderlineStudents(buffer, below(scores, lines, lines.passLine(), buffer),
                below(scores, lines, lines.excellentLine(), buffer));
    }

    private static List<Student> below(ScoreTable scores, ExamLines lines, double line, double buffer) {
        List<Student> students = new ArrayList<>();
        for (int row = 0; row < scores.size(); row++) {
            double total = scores.total(row);
            if (lines.atLeast(total, line - buffer) && !lines.atLeast(total, line)) {
                students.add(new Student(scores.studentId(row), scores.classKey(row), total, line - total));
            }
        }
        students.sort(CLOSEST_FIRST);
        return students;
    }
}
