package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.Notice;

import java.util.List;

/**
 * Tier of every student and the exact per-group quota of each tier.
 *
 * @param tierOf  tier index per student (0 = top)
 * @param names   tier names, top first
 * @param quota   quota[g][t]: how many students of tier t group g gets
 * @param notices warnings about adjusted quotas
 */
public record TierPlan(int[] tierOf, String[] names, int[][] quota, List<Notice> notices) {
}
