package cn.hezuo.teacher;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record TeacherForm(@NotBlank(message = "{validation.teacher.name.notBlank}") @Size(max = 50, message = "{validation.teacher.name.size}") String name,
                          @Size(max = 32, message = "{validation.teacher.staffNo.size}") String staffNo,
                          @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{teacher.error.phone}") String phone,
                          @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,64}$", message = "{account.error.username}") String username,
                          Integer version,
                          @Min(value = 1940, message = "{validation.teacher.birthYear.range}") @Max(value = 2015, message = "{validation.teacher.birthYear.range}") Integer birthYear,
                          @Min(value = 1960, message = "{validation.teacher.startYear.range}") @Max(value = 2100, message = "{validation.teacher.startYear.range}") Integer startYear,
                          @Size(max = 30, message = "{validation.teacher.title.size}") String title) {

    public TeacherForm(String name, String staffNo, String phone, String username, Integer version) {
        this(name, staffNo, phone, username, version, null, null, null);
    }
}
