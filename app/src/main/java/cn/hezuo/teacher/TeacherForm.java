package cn.hezuo.teacher;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record TeacherForm(@NotBlank(message = "{validation.teacher.name.notBlank}") @Size(max = 50, message = "{validation.teacher.name.size}") String name,
                          @Size(max = 32, message = "{validation.teacher.staffNo.size}") String staffNo,
                          @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{teacher.error.phone}") String phone,
                          @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,64}$", message = "{account.error.username}") String username,
                          Integer version) {
}
