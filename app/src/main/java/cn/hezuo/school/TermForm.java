package cn.hezuo.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record TermForm(@NotBlank(message = "{validation.term.name.notBlank}") @Size(max = 50, message = "{validation.term.name.size}") String name,
                       @NotNull(message = "{validation.term.startDate.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                       @NotNull(message = "{validation.term.endDate.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                       Integer version) {
}
