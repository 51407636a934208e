package cn.hezuo.research.observation;

import java.util.Arrays;

/** The codes an observer taps. Stored by name; the UI labels come from {@code research.obs.*} messages. */
public final class Codes {

    private Codes() {
    }

    /** What a recorded tap is. */
    public enum Kind { START, ACTIVITY, END, SPEAK, QUESTION, ANSWER, EXERCISE, NOTE }

    /** COPUS-style activity codes: 教师讲授 / 师生问答 / 小组讨论 / 学生展示 / 独立练习 / 其他. */
    public enum Activity { LECTURE, QA, GROUP, SHOW, PRACTICE, OTHER }

    /** Question types: 记忆 / 理解 / 应用 / 开放. */
    public enum Question { RECALL, UNDERSTAND, APPLY, OPEN }

    /** The counter for a class not in Hezuo: a student speaking for the first time, or again. */
    public enum Speak { NEW, AGAIN }

    static boolean isCode(Class<? extends Enum<?>> type, String code) {
        return code != null && Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(code));
    }
}
