package cn.hezuo.mutualhelp.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a lesson entry: subject, 学案 title, the lesson's start and each role's deadline (school time). */
record LessonForm(
        @NotNull(message = "{validation.mhLesson.subjectId.notNull}") Long subjectId,
        @NotBlank(message = "{validation.mhLesson.title.notBlank}")
        @Size(max = 80, message = "{validation.mhLesson.title.size}") String title,
        @NotNull(message = "{validation.mhLesson.askDue.notNull}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime askDue,
        @NotNull(message = "{validation.mhLesson.groupDue.notNull}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime groupDue,
        @NotNull(message = "{validation.mhLesson.classDue.notNull}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime classDue,
        @NotNull(message = "{validation.mhLesson.lessonAt.notNull}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime lessonAt) {
}
