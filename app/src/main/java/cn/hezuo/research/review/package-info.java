/**
 * 组间互评: review rounds among the school's research groups, drawn by the grouping engine
 * ({@link cn.hezuo.grouping.review.ReviewAssigner}: each group reviews k others, reproducible from the stored seed);
 * the reviewing group's members score the reviewed group with the round's rubric (target kind {@code REVIEW}).
 */
package cn.hezuo.research.review;
