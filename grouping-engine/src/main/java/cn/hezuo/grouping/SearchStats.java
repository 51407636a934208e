package cn.hezuo.grouping;

/**
 * How the search went.
 *
 * @param millis           wall-clock time of {@link GroupingEngine#solve} in milliseconds
 * @param restarts         independent restarts run
 * @param bestRestart      index of the restart whose grouping was returned
 * @param improvingMoves   improving moves applied in the returned restart
 * @param timeLimitReached true if the time limit stopped the search (the result is valid but may
 *                         then differ between runs)
 * @param provenOptimal    true if an exact search proved the objective optimal under all rules
 */
public record SearchStats(long millis, int restarts, int bestRestart, long improvingMoves, boolean timeLimitReached,
                          boolean provenOptimal) {
}
