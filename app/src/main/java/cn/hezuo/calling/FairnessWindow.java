package cn.hezuo.calling;

/** How long "no repeats until everyone has been called" lasts. */
public enum FairnessWindow {
    /** The calling session the teacher started (a lesson). */
    LESSON,
    /** Today, in the school's time zone. */
    DAY,
    /** This week, Monday to Sunday. */
    WEEK;

    public String messageKey() {
        return "calling.window." + name();
    }
}
