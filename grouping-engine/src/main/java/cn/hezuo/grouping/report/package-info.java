/**
 * Internal: everything the result reports about a finished grouping — objective values computed
 * exactly as {@code score.py} defines them, the balance report in raw and SD units, per-group
 * summaries, and an independent re-check of every hard rule.
 */
package cn.hezuo.grouping.report;
