package cn.hezuo.commendation;

/** 优秀小组 or 优秀个人. */
public enum AwardKind {
    GROUP, STUDENT;

    /** The default title's message key, e.g. {@code commendation.kind.GROUP} (优秀小组). */
    public String messageKey() {
        return "commendation.kind." + name();
    }
}
