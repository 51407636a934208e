package cn.hezuo.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Add or edit a student. Prior scores come as separate {@code score_<subjectId>} fields. */
public record StudentForm(
        @NotBlank(message = "{validation.student.studentNo.notBlank}") @Pattern(regexp = "^[A-Za-z0-9\\-]{1,32}$", message = "{student.error.studentNo}") String studentNo,
        @NotBlank(message = "{validation.student.name.notBlank}") @Size(max = 50, message = "{validation.student.name.size}") String name,
        @NotNull(message = "{validation.student.gender.notNull}") Gender gender,
        @Pattern(regexp = "^(|外向|内向)$", message = "{student.error.personality}") String personality,
        @Size(max = 500, message = "{validation.student.notes.size}") String notes,
        Integer version) {

    public static StudentForm empty() {
        return new StudentForm("", "", null, "", "", null);
    }

    public static StudentForm of(Student s) {
        return new StudentForm(s.getStudentNo(), s.getName(), s.getGender(),
                s.getPersonality() == null ? "" : s.getPersonality(), s.getNotes() == null ? "" : s.getNotes(),
                s.getVersion());
    }
}
