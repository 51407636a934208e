package cn.hezuo.tracking;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.report.StudentExams.ExamLine;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.group.GroupMatesQuery;
import cn.hezuo.group.GroupMatesQuery.GroupMates;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests a 帮扶对子 for a tracked student: the strongest group-mate in the tracked subject, from the same group of
 * the class's active grouping plan. "Stronger" is measured on one exam: the record's source exam, or else the
 * student's latest exam the teacher may see; the mate must have sat it and scored higher. Teacher pages only; the
 * suggestion is a hint the teacher may copy into the measures, nothing is stored.
 */
@Component
class StudyPartners {

    /** Why there is no partner to suggest (each has a message {@code tracking.partner.<key>}). */
    public enum Missing { NO_EXAM, NO_GROUP, NONE_STRONGER }

    /**
     * A suggestion, or the reason there is none.
     *
     * @param partner the suggested mate (null when {@code missing} is set)
     * @param exam    the exam the comparison used (null for NO_EXAM)
     */
    public record Suggestion(Student partner, double partnerTotal, double ownTotal, Exam exam, String subject,
                             GroupMates group, Missing missing) {

        static Suggestion none(Missing why, ExamLine line, GroupMates group) {
            return new Suggestion(null, Double.NaN, line == null || line.absent() ? Double.NaN : line.total(),
                    line == null ? null : line.exam(), line == null ? null : line.subject(), group, why);
        }
    }

    private final GroupMatesQuery groupMates;
    private final ExamResultStore results;
    private final StudentDirectory students;

    StudyPartners(GroupMatesQuery groupMates, ExamResultStore results, StudentDirectory students) {
        this.groupMates = groupMates;
        this.results = results;
        this.students = students;
    }

    /**
     * @param lines the student's exams the teacher may see, oldest first (as on the tracking page)
     */
    @Transactional(readOnly = true)
    public Suggestion suggest(Student student, Long sourceExamId, List<ExamLine> lines) {
        ExamLine line = exam(sourceExamId, lines);
        if (line == null) {
            return Suggestion.none(Missing.NO_EXAM, null, null);
        }
        Optional<GroupMates> group = groupMates.of(student.getClassId(), student.getId());
        if (group.isEmpty() || group.get().mateStudentIds().isEmpty()) {
            return Suggestion.none(Missing.NO_GROUP, line, null);
        }
        long examId = line.exam().getId();
        double own = line.absent() ? Double.NEGATIVE_INFINITY : line.total();
        Map<Long, Double> mateTotals = new HashMap<>();
        for (long mateId : group.get().mateStudentIds()) {
            results.forStudent(mateId).stream()
                    .filter(r -> r.examId() == examId && !r.absent() && r.total() != null)
                    .map(StoredResult::total).findFirst().ifPresent(total -> mateTotals.put(mateId, total));
        }
        Map<Long, Student> mates = new HashMap<>();
        students.findAll(mateTotals.keySet()).stream().filter(Student::isActive)
                .forEach(s -> mates.put(s.getId(), s));
        return mates.values().stream()
                .filter(s -> mateTotals.get(s.getId()) > own)
                .max(Comparator.comparingDouble((Student s) -> mateTotals.get(s.getId()))
                        .thenComparing(Student::getStudentNo, Comparator.reverseOrder()))
                .map(s -> new Suggestion(s, mateTotals.get(s.getId()), line.absent() ? Double.NaN : line.total(),
                        line.exam(), line.subject(), group.get(), null))
                .orElseGet(() -> Suggestion.none(Missing.NONE_STRONGER, line, group.get()));
    }

    /** The source exam if the teacher may see it, else the latest exam the student sat. */
    private static ExamLine exam(Long sourceExamId, List<ExamLine> lines) {
        if (sourceExamId != null) {
            for (ExamLine l : lines) {
                if (l.exam().getId().equals(sourceExamId)) {
                    return l;
                }
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).absent()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
