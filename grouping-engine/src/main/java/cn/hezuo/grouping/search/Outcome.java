package cn.hezuo.grouping.search;

/**
 * What {@link Solver} returns.
 *
 * @param groupOf          group index per student
 * @param restarts         restarts run
 * @param bestRestart      restart that produced the grouping
 * @param improvingMoves   improving moves in that restart
 * @param timeLimitReached whether the deadline cut any restart short
 * @param provenOptimal    whether the exact search proved optimality
 */
public record Outcome(int[] groupOf, int restarts, int bestRestart, long improvingMoves, boolean timeLimitReached,
                      boolean provenOptimal) {
}
