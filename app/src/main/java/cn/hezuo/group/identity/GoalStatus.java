package cn.hezuo.group.identity;

/** Where a goal stands: 进行中 / 已达成 / 未达成 (labels in the grouplife bundle). */
public enum GoalStatus {
    IN_PROGRESS, ACHIEVED, MISSED;

    public String messageKey() {
        return "grouplife.goal.status." + name();
    }
}
