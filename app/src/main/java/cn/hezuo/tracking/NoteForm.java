package cn.hezuo.tracking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up note, or the note closing a record. */
record NoteForm(@NotNull(message = "{validation.trackingNote.noteDate.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noteDate,
                       @NotBlank(message = "{validation.trackingNote.body.notBlank}") @Size(max = 2000, message = "{validation.trackingNote.body.size}") String body) {
}
