package cn.hezuo.teacher;

import jakarta.validation.constraints.NotNull;

public record AssignmentForm(@NotNull Long classId, @NotNull Long subjectId) {
}
