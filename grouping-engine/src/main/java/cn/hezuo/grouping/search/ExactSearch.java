package cn.hezuo.grouping.search;

import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

import java.util.Arrays;

/**
 * Exact finish for small classes: because every objective here is a sum of per-group costs, the
 * best grouping is a minimum-cost exact cover of the class by feasible groups (set partitioning).
 *
 * <ol>
 *   <li>Enumerate every group that could appear in a better solution than the heuristic's: all
 *       subsets of the right sizes that satisfy every per-group rule and whose cost is below the
 *       heuristic's total. For the variance objectives, branches are cut as soon as the remaining
 *       members cannot bring the group sum back inside the radius that cost allows (per-dimension
 *       bounds on the sum of the remaining picks, students sorted along the first principal axis).</li>
 *   <li>Depth-first exact cover: branch on the uncovered student with the fewest remaining
 *       candidate groups (bit sets, as in Knuth's Algorithm X), candidates cheapest first, pruned by
 *       a lower bound that charges every uncovered student its cheapest remaining group's cost per
 *       member.</li>
 * </ol>
 *
 * The search is exponential in the worst case, so it runs only for small classes (N ≤ 48, at most
 * 12 groups, at most a million subsets of a group's size) whose groups of equal size obey identical
 * rules and have no fixed members, and it stops at fixed budgets of enumerated subsets and search
 * nodes (deterministic, a few tens of milliseconds), keeping the heuristic's grouping if it found
 * nothing better; when it completes, the grouping is proven optimal.
 */
final class ExactSearch {

    static final int MAX_N = 48;
    /** More groups than this make the cover search explode (groups of 2–3 in a class of 40). */
    static final int MAX_GROUPS = 12;
    /** Candidate groups to enumerate before pruning: C(40, 5) = 658,008 fits, C(40, 6) does not. */
    static final long MAX_SUBSETS = 1_000_000;
    /** Enumeration leaves examined at most (a deterministic budget, like the node budget). */
    private static final long MAX_LEAVES = 2_000_000;
    private static final long MAX_NODES = 100_000;
    /** Bounds tried before the heuristic's own cost, as fractions of it. */
    private static final double[] STAGES = {0.4, 0.55, 0.75};

    record Result(int[] groupOf, boolean proven, boolean timeUp) {
    }

    private ExactSearch() {
    }

    /** Small class, no fixed placements, and equal rules for groups of equal size. */
    static boolean eligible(Model m) {
        int largest = Arrays.stream(m.sizes()).max().orElse(0);
        if (m.n() > MAX_N || m.k() < 2 || m.k() > MAX_GROUPS || Combinations.binomial(m.n(), largest) > MAX_SUBSETS) {
            return false;
        }
        for (int f : m.fixedGroup()) {
            if (f >= 0) {
                return false;
            }
        }
        int[] sizes = m.sizes();
        for (CountRule rule : m.rules()) {
            for (int g = 1; g < m.k(); g++) {
                int ref = sizes[g] == sizes[0] ? 0 : firstOfSize(sizes, sizes[g]);
                for (int c = 0; c < rule.categoryCount(); c++) {
                    if (rule.lo(g, c) != rule.lo(ref, c) || rule.hi(g, c) != rule.hi(ref, c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static int firstOfSize(int[] sizes, int s) {
        for (int g = 0; g < sizes.length; g++) {
            if (sizes[g] == s) {
                return g;
            }
        }
        return 0;
    }

    /**
     * Tries to improve {@code groupOf} (whose cost is {@code cost}); returns the best grouping and
     * whether it is proven optimal.
     */
    static Result run(Model m, int[] groupOf, double cost, long deadline) {
        long[] budget = {MAX_NODES, MAX_LEAVES};
        if (m.objective() == Objective.DIVERSITY || cost <= 0) {
            return stage(m, groupOf, cost * (1 + 1e-9) + 1e-12, deadline, true, budget);
        }
        // Staged bound: a grouping found using only groups cheaper than the bound and costing less
        // than it in total is optimal, and a tight bound means far fewer candidate groups.
        for (double f : STAGES) {
            Result r = stage(m, groupOf, cost * f, deadline, false, budget);
            if (r.timeUp() || r.groupOf() != groupOf || budget[0] <= 0 || budget[1] <= 0) {
                return r;
            }
        }
        return stage(m, groupOf, cost * (1 + 1e-9) + 1e-12, deadline, true, budget);
    }

    /**
     * One exact search with bound {@code ub}; returns {@code groupOf} itself when nothing cheaper
     * than the bound exists. {@code last}: the bound is the heuristic's own cost, so finding
     * nothing proves the heuristic optimal. {@code budget} holds the nodes and enumeration leaves
     * left for all stages together.
     */
    private static Result stage(Model m, int[] groupOf, double ub, long deadline, boolean last, long[] budget) {
        int[] sizes = m.sizes();
        int big = Arrays.stream(sizes).max().orElse(0);
        int small = Arrays.stream(sizes).min().orElse(0);
        int[] present = big == small ? new int[] {big} : new int[] {big, small};
        int[] count = new int[present.length];
        for (int s : sizes) {
            count[s == big ? 0 : 1]++;
        }
        CandidateGroups enumeration = new CandidateGroups(m, present, ub, budget[1], deadline);
        CandidateGroups.Candidates candidates = enumeration.enumerate();
        budget[1] -= enumeration.leaves();
        if (candidates == null) {
            budget[1] = Math.min(budget[1], 0);
            return new Result(groupOf, false, enumeration.timeUp());
        }
        ExactCover cover = new ExactCover(candidates, m.n(), m.k(), present, count,
                m.objective() != Objective.DIVERSITY, ub, budget[0], deadline);
        cover.solve();
        budget[0] -= cover.nodes();
        if (cover.best() == null) {
            return new Result(groupOf, last && cover.complete(), cover.timeUp());
        }
        return new Result(toAssignment(cover.best(), m.n()), cover.complete(), cover.timeUp());
    }

    /** Chosen groups to group indices: larger groups first (as the size plan has them), in order of their first student. */
    private static int[] toAssignment(long[] best, int n) {
        Long[] groups = Arrays.stream(best).boxed().toArray(Long[]::new);
        Arrays.sort(groups, (a, b) -> {
            int sa = Long.bitCount(a);
            int sb = Long.bitCount(b);
            if (sa != sb) {
                return sb - sa;
            }
            return Integer.compare(Long.numberOfTrailingZeros(a), Long.numberOfTrailingZeros(b));
        });
        int[] groupOf = new int[n];
        for (int g = 0; g < groups.length; g++) {
            for (long mm = groups[g]; mm != 0; mm &= mm - 1) {
                groupOf[Long.numberOfTrailingZeros(mm)] = g;
            }
        }
        return groupOf;
    }
}
