package cn.hezuo.calling;

/** What a draw chooses. */
public enum CallingMode {
    /** 每组N号: a member number, and in every group the member with that number (Numbered Heads Together). */
    NUMBER,
    /** A random group. */
    GROUP,
    /** A random student of the class. */
    STUDENT,
    /** A random member of a group the teacher chose. */
    MEMBER;

    public String messageKey() {
        return "calling.mode." + name();
    }
}
