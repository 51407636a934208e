package cn.hezuo.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name and a position in lists — grades and subjects. */
record NameForm(@NotBlank(message = "{validation.nameForm.name.notBlank}") @Size(max = 20, message = "{validation.nameForm.name.size}") String name, Integer sortOrder) {
    int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }
}
