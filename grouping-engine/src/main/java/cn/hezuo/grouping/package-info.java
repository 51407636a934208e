/**
 * Balanced heterogeneous grouping (组内异质、组间同质): split a class into groups whose means are
 * as equal as possible while hard rules (gender and tier balance, tier templates, keep-apart and
 * keep-together, fixed placements, leader coverage) always hold.
 *
 * <p>The whole public API is in this package: build a {@link cn.hezuo.grouping.GroupingProblem}
 * from {@link cn.hezuo.grouping.Student}s and {@link cn.hezuo.grouping.GroupingOptions}, call
 * {@link cn.hezuo.grouping.GroupingEngine#solve(GroupingProblem)} and read the
 * {@link cn.hezuo.grouping.GroupingResult}. Sub-packages are internal, except {@code review} (random inter-group
 * review assignment, its own public API). Pure Java 17, no runtime
 * dependencies.
 */
package cn.hezuo.grouping;
