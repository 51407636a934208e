package cn.hezuo.research.calendar;

/** The kinds of research activity the schools' plans use; {@link #lesson} kinds are lessons teachers can observe. */
public enum ActivityKind {
    COLLECTIVE_PREP(false), OPEN_LESSON(true), RESEARCH_LESSON(true), INVITED_LESSON(true), MENTOR_REPORT(true),
    OBSERVE_EVALUATE(true), POLISHING(true), SAME_LESSON(true), THEORY(false), LECTURE(false), SALON(false),
    QUALITY_ANALYSIS(false), ROUTINE_CHECK(false), PROJECT(false);

    private final boolean lesson;

    ActivityKind(boolean lesson) {
        this.lesson = lesson;
    }

    /** A lesson given in front of observers (公开课, 研究课 …): a listen-class record can be prefilled from it. */
    public boolean isLesson() {
        return lesson;
    }
}
