package cn.hezuo.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name and a position in lists — grades and subjects. */
public record NameForm(@NotBlank @Size(max = 20) String name, Integer sortOrder) {
    int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }
}
