package cn.hezuo.group.identity;

import cn.hezuo.group.StudyGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 组名, 组训 and the three group goals with their status, with the version the editor saw. */
public record GroupIdentityForm(
        @NotBlank(message = "{grouplife.error.nameRequired}") @Size(max = 30, message = "{grouplife.error.name}") String name,
        @Size(max = 100, message = "{grouplife.error.motto}") String motto,
        @Size(max = 200, message = "{grouplife.error.goal}") String goalMidterm,
        GoalStatus goalMidtermStatus,
        @Size(max = 200, message = "{grouplife.error.goal}") String goalFinal,
        GoalStatus goalFinalStatus,
        @Size(max = 200, message = "{grouplife.error.goal}") String goalYear,
        GoalStatus goalYearStatus,
        Integer version) {

    public static GroupIdentityForm of(StudyGroup g) {
        return new GroupIdentityForm(g.getName(), g.getMotto(), g.getGoalMidterm(), status(g.getGoalMidtermStatus()),
                g.getGoalFinal(), status(g.getGoalFinalStatus()), g.getGoalYear(), status(g.getGoalYearStatus()),
                g.getVersion());
    }

    static GoalStatus status(String name) {
        return name == null ? GoalStatus.IN_PROGRESS : GoalStatus.valueOf(name);
    }
}
