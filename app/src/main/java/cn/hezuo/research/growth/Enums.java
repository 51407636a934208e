package cn.hezuo.research.growth;

/** The small vocabularies of this package; each value has a label {@code research.growth.<Type>.<VALUE>}. */
public final class Enums {

    private Enums() {
    }

    /** What mentor and apprentice did together. */
    public enum MentorActivityKind { MENTOR_OBSERVES, APPRENTICE_OBSERVES, JOINT_PREP, REPORT_LESSON, TALK }

    /** The three items of the monthly routine check. */
    public enum CheckItem { LESSON_PLANS, HOMEWORK, LISTEN_NOTES }

    /** 优秀, 良好, 合格, 待改进. */
    public enum CheckRating { EXCELLENT, GOOD, PASS, IMPROVE }

    /** A teacher's own portfolio entry: 论文, 获奖, 课题, 培训. */
    public enum EntryKind { PAPER, AWARD, PROJECT, TRAINING }
}
