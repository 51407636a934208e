package cn.hezuo.tracking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Opening a record, or changing its causes and measures. */
public record TrackingForm(@NotNull Long studentId, Long examId, @NotBlank @Size(max = 2000) String causes,
                           @NotBlank @Size(max = 2000) String measures, Integer version) {
}
