package cn.hezuo.research.observation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observation figures other features show (the surveys/课题 evidence page's experimental vs control table): per
 * lesson, the combined report's 教师直接讲授时间, 学生发言人数, 讨论时间 and 做题正确率. The caller checks who may see
 * them; this reads only what the lesson ids or the school name.
 */
@Service
@Transactional(readOnly = true)
public class ObservationFigures {

    /**
     * One lesson's figures. {@code label} is {@code EXPERIMENTAL}, {@code CONTROL} or null; minutes are the combined
     * report's means over observers; accuracy is correct ÷ total (null when no exercise was checked).
     */
    public record Figures(long lessonId, String label, String topic, String method, LocalDate date,
                          String pairKey, double lectureMinutes, int distinctSpeakers, double discussionMinutes,
                          Double accuracy) {
    }

    private final ObservedLessonRepository lessons;
    private final ObservationService service;

    ObservationFigures(ObservedLessonRepository lessons, ObservationService service) {
        this.lessons = lessons;
        this.service = service;
    }

    /** Every lesson of the school labelled 实验课 or 对照课, by date. */
    public List<Figures> experimentLessons(long schoolId) {
        return lessons.findBySchoolIdAndLabelIsNotNullOrderByLessonDateAscIdAsc(schoolId).stream()
                .map(this::figures).toList();
    }

    /** The named lessons of the school, by date (ids of other schools are left out). */
    public List<Figures> of(long schoolId, Collection<Long> lessonIds) {
        return lessonIds.isEmpty() ? List.of()
                : lessons.findBySchoolIdAndIdInOrderByLessonDateAscIdAsc(schoolId, lessonIds).stream()
                .map(this::figures).toList();
    }

    private Figures figures(ObservedLesson lesson) {
        ObservationReport report = service.report(lesson.getId());
        return new Figures(lesson.getId(), lesson.getLabel() == null ? null : lesson.getLabel().name(),
                lesson.getTopic(), lesson.getMethod(), lesson.getLessonDate(), lesson.getPairKey(),
                report.minutes(Codes.Activity.LECTURE), report.distinctSpeakers(),
                report.minutes(Codes.Activity.GROUP), report.accuracy());
    }
}
