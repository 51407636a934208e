package cn.hezuo.evaluation;

/**
 * Who one tap awards: a group (its total only), some students (each student's total, and their group's too
 * when 捆绑评价 is on), or the whole class (every group of the active plan gets the points as a group award,
 * so groups of different sizes stay comparable).
 */
public enum AwardTarget {
    GROUP, STUDENTS, CLASS
}
