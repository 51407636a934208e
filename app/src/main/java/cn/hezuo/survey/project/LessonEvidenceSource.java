package cn.hezuo.survey.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where a 课题's evidence page gets its observed lessons (讲授时间, 发言人数, 讨论时间, 正确率): implemented by an adapter
 * over lesson study's public {@code research.observation.ObservationFigures}. Until one is wired (a Spring bean
 * implementing this), the page uses {@link #NONE} and says that no observed lesson is on record.
 */
public interface LessonEvidenceSource {

    /**
     * One observed lesson of one of the project's classes.
     *
     * @param experimental      true for a 实验班, false for a 对照班
     * @param lectureMinutes    teacher talk time (讲授时间) in minutes
     * @param speakers          students who spoke (发言人数)
     * @param discussionMinutes group discussion time (讨论时间) in minutes
     * @param correctRate       share of correct answers 0..1 (正确率); NaN when not recorded
     * @param source            where the figures come from (the observation record's name), shown with the table
     */
    record LessonRow(String lessonTitle, LocalDate date, long classId, String className, boolean experimental,
            double lectureMinutes, int speakers, double discussionMinutes, double correctRate, String source) {
    }

    /** The lessons of these classes observed from {@code from} to {@code to} (both included), oldest first. */
    List<LessonRow> lessons(long schoolId, Set<Long> experimentClassIds, Set<Long> controlClassIds, LocalDate from,
                            LocalDate to);

    /** No observation data wired yet. */
    LessonEvidenceSource NONE = (schoolId, experiment, control, from, to) -> List.of();
}
