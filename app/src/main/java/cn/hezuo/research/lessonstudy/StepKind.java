package cn.hezuo.research.lessonstudy;

/**
 * The steps of a lesson-study cycle in the school's order (plan meeting → 第一次备课稿 → … → summaries and the group's
 * self-evaluation), each with its default day offset from the plan meeting; CUSTOM is a step a leader adds.
 */
public enum StepKind {
    PLAN_MEETING(0), DRAFT_1(3), PREP_MEETING(5), OBSERVATION_PREP(7), REFLECTION(8), DRAFT_2(10), TEACHING_1(12),
    OBSERVATION_MEETING(13), DRAFT_3(16), TEACHING_2(19), SUMMARY(23), CUSTOM(0);

    private final int dayOffset;

    StepKind(int dayOffset) {
        this.dayOffset = dayOffset;
    }

    int dayOffset() {
        return dayOffset;
    }

    /** The template's steps (all but CUSTOM). */
    static java.util.List<StepKind> template() {
        return java.util.Arrays.stream(values()).filter(k -> k != CUSTOM).toList();
    }

    /** Whose step it is by default: the 执教人 writes the drafts, teaches and reflects; the leader runs the rest. */
    boolean teachersStep() {
        return this == DRAFT_1 || this == DRAFT_2 || this == DRAFT_3 || this == TEACHING_1 || this == TEACHING_2
                || this == REFLECTION;
    }
}
