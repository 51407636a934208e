package cn.hezuo.research.review;

/** What a review round draws among: research groups (each group reviews k groups) or lesson-study cases. */
public enum ReviewTarget {
    /** Groups review groups (组间互评). */
    GROUP,
    /** Cases are reviewed by the groups of k other cases (磨课案例互评); never a case of the reviewer's own group. */
    CASE
}
