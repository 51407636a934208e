package cn.hezuo.grouping;

import cn.hezuo.grouping.prepare.Model;
import cn.hezuo.grouping.prepare.ProblemCompiler;
import cn.hezuo.grouping.report.ReportBuilder;
import cn.hezuo.grouping.search.Outcome;
import cn.hezuo.grouping.search.Solver;

import java.time.Duration;

/**
 * Forms balanced heterogeneous groups (组内异质、组间同质): as equal as possible between groups on
 * the chosen features, with every hard rule satisfied. Stateless and thread-safe.
 *
 * <h2>Method</h2>
 * Anticlustering (Späth 1986; Papenberg &amp; Klau 2021, "Using anticlustering to partition data
 * sets into equivalent parts", Psychological Methods 26(2)): maximise the k-means criterion (or the
 * diversity, or the k-plus criterion of Papenberg 2024, "K-plus anticlustering", British Journal of
 * Mathematical and Statistical Psychology) over partitions with fixed group sizes.
 * <ol>
 *   <li>Features are z-standardised over the class (sample SD; missing values take the mean).</li>
 *   <li>A constructive start meets the hard rules (stratified placement class by class, then a
 *       directed repair), and a largest-first deal inside each class balances it.</li>
 *   <li>Iterated local search whose move re-partitions two groups optimally — every exchange of
 *       any number of members at once, not just the single swaps of the exchange method of Späth
 *       and of Brusco et al. (2020) — with partner groups found through a spatial index of
 *       residual keys, so a pass costs near-linear time in N instead of the O(N²) of all-pairs
 *       exchange.</li>
 *   <li>Classes of up to 48 students are finished by an exact set-partitioning search that
 *       proves optimality when it completes.</li>
 * </ol>
 * Deterministic for a given seed (also with several threads) unless the time limit stops it.
 *
 * <h2>Cost</h2>
 * About 0.15–0.25 ms per student on one core for classes of 2,000–100,000 (a pass is linear in N;
 * see {@code BENCHMARK.md}); 10–20 ms for a class of 40 including the exact finish; memory
 * O(N + K·keys), about 0.3 GB for 100,000 students.
 */
public final class GroupingEngine {

    private GroupingEngine() {
    }

    /**
     * Groups the class.
     *
     * @throws GroupingException if the input is invalid or the rules contradict each other
     */
    public static GroupingResult solve(GroupingProblem problem) {
        long start = System.nanoTime();
        Model model = ProblemCompiler.compile(problem);
        Duration limit = problem.options().timeLimit() != null ? problem.options().timeLimit()
                : defaultTimeLimit(model.n());
        long deadline = start + Math.max(1, limit.toNanos());
        Outcome outcome = Solver.solve(model, deadline);
        return ReportBuilder.build(model, outcome, System.nanoTime() - start, limit);
    }

    /**
     * Reports on a grouping made elsewhere — typically after a teacher moved students by hand: the
     * same objectives, balance report, rule checks and notices as {@link #solve}, without any search.
     * The number of groups is {@code max(groupOf) + 1}; rules that depend on group sizes (balance
     * shares, tier quotas) use the sizes the groups actually have, and the {@code sizes} check says
     * whether they differ by more than one.
     *
     * @param groupOf 0-based group per student, in the order of {@link GroupingProblem#students()}
     * @throws GroupingException if the input is invalid (including a {@code groupOf} of the wrong
     *                           length or with negative entries)
     */
    public static GroupingResult evaluate(GroupingProblem problem, int[] groupOf) {
        long start = System.nanoTime();
        Model model = ProblemCompiler.compile(problem, groupOf);
        Outcome outcome = new Outcome(groupOf.clone(), 0, 0, 0, false, false);
        return ReportBuilder.build(model, outcome, System.nanoTime() - start, Duration.ZERO);
    }

    /**
     * Automatic time limit: a safety stop only, 60 s plus 1 ms per student (160 s for 100,000). The
     * search ends on its own budgets of rounds and nodes, which are counts and not the clock, so the
     * same input and seed give the same groups however busy the machine is; this limit exists only so
     * that a pathological input cannot run forever, and no ordinary class comes near it (a 100,000
     * student roster takes about 20 s, see BENCHMARK.md).
     */
    public static Duration defaultTimeLimit(int students) {
        return Duration.ofMillis(60_000 + students);
    }
}
