/**
 * Internal: turns a {@link cn.hezuo.grouping.GroupingProblem} into the compact, index-based
 * {@link cn.hezuo.grouping.prepare.Model} the search works on — standardised features, group
 * sizes, tiers and count rules — and rejects infeasible input with a
 * {@link cn.hezuo.grouping.GroupingException} before any search starts.
 */
package cn.hezuo.grouping.prepare;
