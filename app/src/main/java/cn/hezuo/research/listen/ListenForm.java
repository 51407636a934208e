package cn.hezuo.research.listen;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A listen-class record as the phone form sends it; activityId when prefilled from a lesson held in Hezuo. */
public record ListenForm(
        @NotNull(message = "{validation.research.listen.lessonDate.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lessonDate,
        @NotNull(message = "{validation.research.listen.period.notNull}") @Min(value = 1, message = "{validation.research.listen.period.range}") @Max(value = 12, message = "{validation.research.listen.period.range}") Integer period,
        @NotNull(message = "{validation.research.listen.classId.notNull}") Long classId,
        @NotNull(message = "{validation.research.listen.subjectId.notNull}") Long subjectId,
        Long observedId,
        @NotBlank(message = "{validation.research.listen.topic.notBlank}") @Size(max = 200, message = "{validation.research.listen.topic.size}") String topic,
        @Size(max = 4000, message = "{validation.research.listen.notes.size}") String notes,
        @Size(max = 2000, message = "{validation.research.listen.strengths.size}") String strengths,
        @Size(max = 2000, message = "{validation.research.listen.suggestions.size}") String suggestions,
        @Min(value = 0, message = "{validation.research.listen.score.range}") @Max(value = 100, message = "{validation.research.listen.score.range}") Integer score,
        Long activityId) {
}
