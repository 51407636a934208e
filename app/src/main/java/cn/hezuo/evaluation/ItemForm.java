package cn.hezuo.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The add/edit form of an evaluation item; {@code version} is -1 for a new item. */
record ItemForm(@NotBlank(message = "{validation.evalItem.name.notBlank}") @Size(max = 30, message = "{validation.evalItem.name.size}") String name, @NotNull(message = "{validation.evalItem.kind.notNull}") ItemKind kind,
                @NotNull(message = "{validation.evalItem.points.notNull}") @Min(value = EvalItem.MIN_POINTS, message = "{validation.evalItem.points.min}") @Max(value = EvalItem.MAX_POINTS, message = "{validation.evalItem.points.max}") Integer points,
                @NotNull(message = "{validation.evalItem.icon.notNull}") ItemIcon icon, @NotNull(message = "{validation.evalItem.colour.notNull}") ItemColour colour, @NotNull(message = "{validation.evalItem.stage.notNull}") Stage stage, Integer version) {

    static ItemForm blank() {
        return new ItemForm("", ItemKind.PRAISE, 1, ItemIcon.STAR, ItemColour.PRIMARY, Stage.COOPERATION, -1);
    }
}
