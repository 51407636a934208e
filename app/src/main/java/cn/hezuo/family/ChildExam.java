package cn.hezuo.family;

import cn.hezuo.exam.report.StudentExams;
import java.time.LocalDate;

/**
 * One exam as a parent sees it: what the child reads on 我的成绩 — the score, the class and grade means and the band of
 * the grade ({@code bandKey}, e.g. 年级前25%) — and nothing else. Built from {@link StudentExams.ExamLine} without its
 * ranks, so no page of the family feature can show one.
 */
record ChildExam(long examId, String name, String subject, LocalDate date, boolean absent, double total,
                 double fullMarks, double classMean, double gradeMean, String bandKey) {

    static ChildExam of(StudentExams.ExamLine line) {
        return new ChildExam(line.exam().getId(), line.exam().getName(), line.subject(), line.exam().getExamDate(),
                line.absent(), line.total(), line.fullMarks(), line.classMean(), line.gradeMean(), line.bandKey());
    }
}
