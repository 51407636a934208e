package cn.hezuo.commendation;

/**
 * What a commendation can weigh. Each criterion has one {@link CriterionScorer}; a new one (e.g. the weekly stars of
 * the 学习委员's form) is a new constant plus a new scorer component.
 */
public enum Criterion {
    /** Points this month: group points including bundled member points; undone awards left out. */
    POINTS,
    /** Change against the previous month (this month minus last month; a month without points counts as 0). */
    IMPROVEMENT
}
