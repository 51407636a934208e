package cn.hezuo.research.lessonstudy;

/**
 * The items of the group's self-evaluation of a case, each rated 1–4 (待改进, 合格, 良好, 优秀). A simple structured
 * form of our own: when the school's rubrics (research.rubric) exist, a case can be scored with one of them instead.
 */
public enum SelfItem {
    GOAL, COLLABORATION, EVIDENCE, IMPROVEMENT, REFLECTION;

    static final int MIN_LEVEL = 1;
    static final int MAX_LEVEL = 4;
}
