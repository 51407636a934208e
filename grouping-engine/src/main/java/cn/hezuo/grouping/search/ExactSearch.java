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
 *   <li>Enumerate, once, every group that could appear in a better solution than the heuristic's:
 *       all subsets of the right sizes that satisfy every per-group rule and whose cost is below the
 *       heuristic's total ({@link CandidateGroups}: branches cut as soon as the category minimums are
 *       out of reach, or the remaining members cannot bring the group sum back inside the ball that
 *       cost allows; the last member is taken from a window of the principal-axis order).</li>
 *   <li>Depth-first exact cover ({@link ExactCover}) under rising bounds, 0.6 and 0.8 of the
 *       heuristic's cost and finally the cost itself: each stage uses only the candidates cheaper
 *       than its bound (a prefix, since they are sorted by cost), and the first stage that finds a
 *       cover has found the optimum. Low stages fail fast; the successful stage's bound sits close
 *       to the optimum, which keeps both the candidate list and the tree small.</li>
 * </ol>
 *
 * The search is exponential in the worst case, so it runs only for small classes (N ≤ 48, at most
 * 12 groups, at most a million subsets of a group's size) whose groups of equal size obey identical
 * rules and have no fixed members, and it stops at fixed budgets of enumerated subsets and search
 * nodes (deterministic; about ten milliseconds for 40 students), keeping the heuristic's grouping if it found
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
    private static final double[] STAGES = {0.6, 0.8};

    record Result(int[] groupOf, boolean proven, boolean timeUp) {
    }

    private ExactSearch() {
    }

    /** Small class, no fixed placements, and equal rules for groups of equal size. */
    static boolean eligible(Model m) {
        int largest = Arrays.stream(m.sizes()).max().orElse(0);
        // k-plus: its six augmented coordinates (means and squares) weaken every bound, so the cover
        // search took 20–1,000 ms for 40 students, for a criterion less than 0.1 % better than the
        // heuristic's on 30 rosters (measured); the heuristic alone is kept.
        if (m.objective() == Objective.KPLUS || m.n() > MAX_N || m.k() < 2 || m.k() > MAX_GROUPS || Combinations.binomial(m.n(), largest) > MAX_SUBSETS) {
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
        double full = cost * (1 + 1e-9) + 1e-12;
        if (m.objective() == Objective.DIVERSITY || cost <= 0) {
            return stage(m, groupOf, enumerate(m, full, deadline, budget), full, deadline, true, budget);
        }
        // Enumerate once, with the heuristic's own cost as the bound; then search covers under rising
        // bounds. A grouping found using only groups cheaper than the bound and costing less than it
        // in total is optimal, and a tight bound means far fewer candidate groups and search nodes.
        Enumerated all = enumerate(m, full, deadline, budget);
        if (all.candidates() == null) {
            return all.timeUp() ? new Result(groupOf, false, true) : enumeratePerStage(m, groupOf, cost, deadline, budget);
        }
        for (double f : STAGES) {
            Result r = stage(m, groupOf, all.below(cost * f), cost * f, deadline, false, budget);
            if (r.timeUp() || r.groupOf() != groupOf || budget[0] <= 0) {
                return r;
            }
        }
        return stage(m, groupOf, all, full, deadline, true, budget);
    }

    /**
     * When the heuristic's bound admits too many candidate groups, enumerate again under each
     * stage's tighter bound (fewer groups each time) until one finds a better grouping.
     */
    private static Result enumeratePerStage(Model m, int[] groupOf, double cost, long deadline, long[] budget) {
        budget[1] = MAX_LEAVES;
        for (double f : STAGES) {
            Enumerated some = enumerate(m, cost * f, deadline, budget);
            if (some.candidates() == null) {
                return new Result(groupOf, false, some.timeUp());
            }
            Result r = stage(m, groupOf, some, cost * f, deadline, false, budget);
            if (r.timeUp() || r.groupOf() != groupOf || budget[0] <= 0) {
                return r;
            }
        }
        return new Result(groupOf, false, false);
    }

    /** The candidate groups cheaper than a bound, sorted by cost; null candidates if a budget ran out. */
    record Enumerated(CandidateGroups.Candidates candidates, boolean timeUp) {

        /** The prefix of the candidates cheaper than {@code bound}. */
        Enumerated below(double bound) {
            int count = 0;
            while (count < candidates.count() && candidates.costs()[count] < bound) {
                count++;
            }
            return new Enumerated(new CandidateGroups.Candidates(candidates.masks(), candidates.costs(),
                    candidates.sizes(), count), false);
        }
    }

    private static Enumerated enumerate(Model m, double ub, long deadline, long[] budget) {
        CandidateGroups enumeration = new CandidateGroups(m, presentSizes(m), ub, budget[1], deadline);
        CandidateGroups.Candidates candidates = enumeration.enumerate();
        budget[1] -= enumeration.leaves();
        if (candidates == null) {
            return new Enumerated(null, enumeration.timeUp());
        }
        return new Enumerated(sortedByCost(candidates), false);
    }

    private static CandidateGroups.Candidates sortedByCost(CandidateGroups.Candidates c) {
        Integer[] order = new Integer[c.count()];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> Double.compare(c.costs()[a], c.costs()[b]));
        long[] masks = new long[order.length];
        double[] costs = new double[order.length];
        int[] sizes = new int[order.length];
        for (int t = 0; t < order.length; t++) {
            masks[t] = c.masks()[order[t]];
            costs[t] = c.costs()[order[t]];
            sizes[t] = c.sizes()[order[t]];
        }
        return new CandidateGroups.Candidates(masks, costs, sizes, order.length);
    }

    /** The group sizes of the plan: the largest, then the smaller one if sizes differ. */
    private static int[] presentSizes(Model m) {
        int big = Arrays.stream(m.sizes()).max().orElse(0);
        int small = Arrays.stream(m.sizes()).min().orElse(0);
        return big == small ? new int[] {big} : new int[] {big, small};
    }

    /**
     * One exact cover search with bound {@code ub} over the given candidates; returns {@code groupOf}
     * itself when nothing cheaper than the bound exists. {@code last}: the bound is the heuristic's
     * own cost, so finding nothing proves the heuristic optimal. {@code budget[0]} holds the search
     * nodes left for all stages together.
     */
    private static Result stage(Model m, int[] groupOf, Enumerated enumerated, double ub, long deadline, boolean last,
                                long[] budget) {
        if (enumerated.candidates() == null) {
            return new Result(groupOf, false, enumerated.timeUp());
        }
        int[] present = presentSizes(m);
        int[] count = new int[present.length];
        for (int s : m.sizes()) {
            count[s == present[0] ? 0 : 1]++;
        }
        ExactCover cover = new ExactCover(enumerated.candidates(), m.n(), m.k(), present, count,
                m.objective() != Objective.DIVERSITY, m.objective() == Objective.DIVERSITY ? null : m.x(), m.dim(),
                ub, budget[0], deadline);
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
