package cn.hezuo.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The add/edit form of an evaluation item; {@code version} is -1 for a new item. */
record ItemForm(@NotBlank @Size(max = 30) String name, @NotNull ItemKind kind,
                @NotNull @Min(EvalItem.MIN_POINTS) @Max(EvalItem.MAX_POINTS) Integer points,
                @NotNull ItemIcon icon, @NotNull ItemColour colour, @NotNull Stage stage, Integer version) {

    static ItemForm blank() {
        return new ItemForm("", ItemKind.PRAISE, 1, ItemIcon.STAR, ItemColour.PRIMARY, Stage.COOPERATION, -1);
    }
}
