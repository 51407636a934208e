package cn.hezuo.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ClassForm(@NotNull Long gradeId, @NotBlank @Size(max = 30) String name, Long headTeacherId,
                        Integer version) {
}
