package cn.hezuo.research.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity of the calendar; the 周次 is computed from the date and the term. */
public record ActivityForm(
        @NotNull(message = "{validation.research.activity.date.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @Size(max = 60, message = "{validation.research.activity.place.size}") String place,
        @NotNull(message = "{validation.research.activity.kind.notNull}") ActivityKind kind,
        Long hostId,
        @NotBlank(message = "{validation.research.activity.topic.notBlank}") @Size(max = 200, message = "{validation.research.activity.topic.size}") String topic,
        Integer version) {
}
