package cn.hezuo.peereval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a round: its name and dates. */
public record RoundForm(@NotBlank(message = "{validation.peerRound.name.notBlank}") @Size(max = 60, message = "{validation.peerRound.name.size}") String name,
                        @NotNull(message = "{validation.peerRound.startsOn.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                        @NotNull(message = "{validation.peerRound.endsOn.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
}
