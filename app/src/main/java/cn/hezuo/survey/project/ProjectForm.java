package cn.hezuo.survey.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A 课题's record as the form edits it; {@code version} is -1 for a new one. */
public record ProjectForm(
        @NotBlank(message = "{validation.projectForm.title.notBlank}")
        @Size(max = 120, message = "{validation.projectForm.title.size}") String title,
        @NotNull(message = "{validation.projectForm.level.notNull}") ProjectLevel level,
        @NotNull(message = "{validation.projectForm.startsOn.notNull}") LocalDate startsOn,
        @NotNull(message = "{validation.projectForm.endsOn.notNull}") LocalDate endsOn,
        @NotEmpty(message = "{validation.projectForm.memberIds.notEmpty}") List<Long> memberIds,
        @NotEmpty(message = "{validation.projectForm.experimentClassIds.notEmpty}") List<Long> experimentClassIds,
        List<Long> controlClassIds,
        int version) {
}
