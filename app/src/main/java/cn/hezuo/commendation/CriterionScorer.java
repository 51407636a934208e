package cn.hezuo.commendation;

import java.util.Map;

/** The value of one criterion for every group and every student of a month; a missing id counts as 0. */
interface CriterionScorer {

    Criterion criterion();

    Map<Long, Long> groups(MonthFigures figures);

    Map<Long, Long> students(MonthFigures figures);
}
