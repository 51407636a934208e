package cn.hezuo.tracking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Opening a record, or changing its causes and measures. */
public record TrackingForm(@NotNull(message = "{validation.tracking.studentId.notNull}") Long studentId, Long examId, @NotBlank(message = "{validation.tracking.causes.notBlank}") @Size(max = 2000, message = "{validation.tracking.causes.size}") String causes,
                           @NotBlank(message = "{validation.tracking.measures.notBlank}") @Size(max = 2000, message = "{validation.tracking.measures.size}") String measures, Integer version) {
}
