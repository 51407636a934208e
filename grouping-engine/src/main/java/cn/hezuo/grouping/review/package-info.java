/**
 * Random inter-group review assignment (组间互评): every group reviews exactly {@code k} others and is reviewed
 * exactly {@code k} times, never itself, without mutual pairs where that can be avoided, optionally never pairing
 * groups that share an attribute value (the same subject), reproducible from a seed. Public API: build a
 * {@link cn.hezuo.grouping.review.ReviewRequest}, call {@link cn.hezuo.grouping.review.ReviewAssigner#assign} and read
 * the {@link cn.hezuo.grouping.review.ReviewPlan}; an impossible request throws
 * {@link cn.hezuo.grouping.review.ReviewInfeasibleException}.
 */
package cn.hezuo.grouping.review;
