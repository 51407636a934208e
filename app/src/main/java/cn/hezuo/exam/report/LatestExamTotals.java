package cn.hezuo.exam.report;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamClass;
import cn.hezuo.exam.ExamClassRepository;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.results.ExamResultStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features (mutual help's 帮扶对子): a class's latest exam of a subject with each student's total. Teacher-side
 * only — the caller must never show these totals, or an order made from them, to students.
 */
@Component
public class LatestExamTotals {

    /** The exam used and the totals of the class's students who sat it, by student id. */
    public record Totals(long examId, String examName, LocalDate examDate, Map<Long, Double> byStudent) {
    }

    private final ExamClassRepository examClasses;
    private final ExamRepository exams;
    private final ExamResultStore results;

    LatestExamTotals(ExamClassRepository examClasses, ExamRepository exams, ExamResultStore results) {
        this.examClasses = examClasses;
        this.exams = exams;
        this.results = results;
    }

    /** The newest exam (by date, then id) of the subject that the class sat and that has totals; empty if none. */
    @Transactional(readOnly = true)
    public Optional<Totals> latest(long schoolId, long classId, long subjectId) {
        List<Long> examIds = examClasses.findByClassIdIn(List.of(classId)).stream().map(ExamClass::getExamId)
                .distinct().toList();
        if (examIds.isEmpty()) {
            return Optional.empty();
        }
        for (Exam exam : exams.findByIdInOrderByExamDateDescIdDesc(examIds)) {
            if (exam.getSchoolId() != schoolId || exam.getSubjectId() != subjectId) {
                continue;
            }
            Map<Long, Double> totals = results.totalsOfClass(exam.getId(), classId);
            if (!totals.isEmpty()) {
                return Optional.of(new Totals(exam.getId(), exam.getName(), exam.getExamDate(), Map.copyOf(totals)));
            }
        }
        return Optional.empty();
    }
}
