package cn.hezuo.research.lessonstudy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A case's theme, 执教人 and lesson; {@code startDate} (the plan meeting) dates the template's steps. */
public record CaseForm(
        @NotBlank(message = "{validation.lessonstudy.theme.notBlank}") @Size(max = 200, message = "{validation.lessonstudy.theme.size}") String theme,
        @NotNull(message = "{validation.lessonstudy.teacher.notNull}") Long teacherId,
        @NotNull(message = "{validation.lessonstudy.subject.notNull}") Long subjectId,
        Long gradeId,
        @Size(max = 100, message = "{validation.lessonstudy.unit.size}") String unit,
        @NotBlank(message = "{validation.lessonstudy.topic.notBlank}") @Size(max = 200, message = "{validation.lessonstudy.topic.size}") String topic,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        int version) {
}
