package cn.hezuo.grouping.review;

import java.util.List;

/**
 * The drawn assignments.
 *
 * @param pairs       {@code n·k} pairs, ordered by reviewer then reviewee as the groups were given
 * @param mutualPairs how many unordered pairs review each other (A→B and B→A); zero whenever
 *                    {@code k ≤ (n−1)/2} without {@code avoidSame}
 * @param seed        the seed that drew it
 */
public record ReviewPlan(List<ReviewPair> pairs, int mutualPairs, long seed) {

    public ReviewPlan {
        pairs = List.copyOf(pairs);
    }
}
