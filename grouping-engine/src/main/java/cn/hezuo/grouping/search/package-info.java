/**
 * Internal: the search. A feasible start ({@link cn.hezuo.grouping.search.ConstructiveStart},
 * {@link cn.hezuo.grouping.search.Repair}) is improved by exact two-group re-partitions
 * ({@link cn.hezuo.grouping.search.PairSplitter}) inside an iterated local search
 * ({@link cn.hezuo.grouping.search.LocalSearch}); tiny classes are finished by an exact
 * set-partitioning search ({@link cn.hezuo.grouping.search.ExactSearch}).
 * {@link cn.hezuo.grouping.search.Solver} runs seeded restarts, on several threads if asked, and
 * picks the best deterministically.
 */
package cn.hezuo.grouping.search;
