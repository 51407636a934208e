package cn.hezuo.commendation;

/**
 * What a commendation can weigh. Each criterion has one {@link CriterionScorer}; a new one is a new constant plus a
 * new scorer component.
 */
enum Criterion {
    /** Points this month: group points including bundled member points; undone awards left out. */
    POINTS,
    /** Change against the previous month (this month minus last month; a month without points counts as 0). */
    IMPROVEMENT,
    /** The 学习委员's weekly star form: average stars of the month's term weeks (× 10), a group's value for its members. */
    WEEKLY_STARS
}
