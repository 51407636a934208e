package cn.hezuo.research.observation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An observed lesson as the form sends it: a Hezuo class (classId) or a class named in free text (classText);
 * optionally the lesson-study case and which teaching of it, a 同课异构 pair key, the 实验/对照 label.
 */
public record LessonForm(
        @NotNull(message = "{validation.research.obs.teacher}") Long teacherId,
        Long classId,
        @Size(max = 60, message = "{validation.research.obs.classText}") String classText,
        @NotNull(message = "{validation.research.obs.subject}") Long subjectId,
        @NotBlank(message = "{validation.research.obs.topic}") @Size(max = 200, message = "{validation.research.obs.topic}") String topic,
        @NotNull(message = "{validation.research.obs.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lessonDate,
        @NotNull(message = "{validation.research.obs.minutes}") @Min(value = 10, message = "{validation.research.obs.minutes}") @Max(value = 180, message = "{validation.research.obs.minutes}") Integer plannedMinutes,
        Long caseId,
        @Min(value = 1, message = "{validation.research.obs.teachingNo}") @Max(value = 9, message = "{validation.research.obs.teachingNo}") Integer teachingNo,
        @Size(max = 40, message = "{validation.research.obs.pairKey}") String pairKey,
        ObservedLesson.Label label,
        @Size(max = 200, message = "{validation.research.obs.method}") String method,
        List<String> dimensions) {

    /** The form as the lesson is now (for the edit page). */
    static LessonForm of(ObservedLesson l) {
        return new LessonForm(l.getTeacherId(), l.getClassId(), l.getClassText() == null ? "" : l.getClassText(),
                l.getSubjectId(), l.getTopic(), l.getLessonDate(), l.getPlannedMinutes(), l.getCaseId(),
                l.getTeachingNo(), l.getPairKey() == null ? "" : l.getPairKey(), l.getLabel(),
                l.getMethod() == null ? "" : l.getMethod(), l.getDimensionList());
    }

    static LessonForm blank(LocalDate today) {
        return new LessonForm(null, null, "", null, "", today, 40, null, null, "", null, "",
                List.of(FocusPoint.QUESTIONING.name(), FocusPoint.PARTICIPATION.name(), FocusPoint.TIME.name()));
    }
}
