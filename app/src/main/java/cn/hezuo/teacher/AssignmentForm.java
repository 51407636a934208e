package cn.hezuo.teacher;

import jakarta.validation.constraints.NotNull;

record AssignmentForm(@NotNull(message = "{validation.assignment.classId.notNull}") Long classId, @NotNull(message = "{validation.assignment.subjectId.notNull}") Long subjectId) {
}
