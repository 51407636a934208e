package cn.hezuo.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ClassForm(@NotNull(message = "{validation.class.gradeId.notNull}") Long gradeId, @NotBlank(message = "{validation.class.name.notBlank}") @Size(max = 30, message = "{validation.class.name.size}") String name, Long headTeacherId,
                        Integer version) {
}
