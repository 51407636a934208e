package cn.hezuo.research.group;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The admin's form for a research group; gradeId only for a 备课组. */
record GroupForm(
        @NotNull(message = "{validation.research.group.kind.notNull}") GroupKind kind,
        @NotBlank(message = "{validation.research.group.name.notBlank}") @Size(max = 60, message = "{validation.research.group.name.size}") String name,
        @NotNull(message = "{validation.research.group.subjectId.notNull}") Long subjectId,
        Long gradeId,
        Long leaderId,
        @Min(value = 0, message = "{validation.research.group.listenMinimum.range}") @Max(value = 200, message = "{validation.research.group.listenMinimum.range}") Integer listenMinimum,
        Integer version) {
}
