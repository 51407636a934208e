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
 * The search is exponential in the worst case, so it runs only for small classes (N ≤ 64) whose
 * groups of equal size obey identical rules and have no fixed members, and stops at a node and
 * time budget; when it completes, the grouping is proven optimal.
 */
final class ExactSearch {

    static final int MAX_N = 48;
    private static final int MAX_CANDIDATES = 60_000;
    private static final long MAX_NODES = 400_000;

    record Result(int[] groupOf, boolean proven, boolean timeUp) {
    }

    private final Model m;
    private final int n;
    private final int dim;
    private final double[] x;
    private final int[] order;
    private final int[] sizesPresent;
    private final int[] sizeCount;
    private final long deadline;
    private double ub;

    private long[] candMask = new long[1024];
    private double[] candCost = new double[1024];
    private int[] candSize = new int[1024];
    private int candCount;
    private boolean overflow;

    private double[][] sufMax;
    private double[][] sufMin;
    private final int[] pick;
    private final int[][] ruleCount;
    private double rho;
    private double[][] sumStack;
    private long leaves;
    private final boolean nonNegative;

    private long[][] cover;
    private int words;
    private int[][] byCost;
    private long[][] sizeBits;
    private long nodes;
    private long[] best;
    private boolean timeUp;

    private ExactSearch(Model m, double ub, long deadline) {
        this.m = m;
        this.n = m.n();
        this.dim = m.dim();
        this.x = m.x();
        this.ub = ub;
        this.deadline = deadline;
        int[] sizes = m.sizes();
        int big = Arrays.stream(sizes).max().orElse(0);
        int small = Arrays.stream(sizes).min().orElse(0);
        sizesPresent = big == small ? new int[] {big} : new int[] {big, small};
        sizeCount = new int[sizesPresent.length];
        for (int s : sizes) {
            sizeCount[s == big ? 0 : 1]++;
        }
        order = principalOrder();
        nonNegative = m.objective() != Objective.DIVERSITY;
        pick = new int[big];
        ruleCount = new int[m.rules().length][];
        for (int r = 0; r < ruleCount.length; r++) {
            ruleCount[r] = new int[m.rules()[r].categoryCount()];
        }
    }

    /** Small class, no fixed placements, and equal rules for groups of equal size. */
    static boolean eligible(Model m) {
        if (m.n() > MAX_N || m.k() < 2) {
            return false;
        }
        for (int f : m.fixedGroup()) {
            if (f >= 0) {
                return false;
            }
        }
        if (m.objective() == Objective.DIVERSITY) {
            int s = Arrays.stream(m.sizes()).max().orElse(0);
            if (Combinations.binomial(m.n(), s) > 2_000_000) {
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

    private static int firstOfSize(int[] sizes, int s) {
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
        if (m.objective() == Objective.DIVERSITY || cost <= 0) {
            return stage(m, groupOf, cost * (1 + 1e-9) + 1e-12, deadline, true);
        }
        // Staged bound: a grouping found using only groups cheaper than the bound and costing less
        // than it in total is optimal, and a tight bound means far fewer candidate groups.
        for (double f : new double[] {0.45, 0.7}) {
            Result r = stage(m, groupOf, cost * f, deadline, false);
            if (r.timeUp() || r.groupOf() != groupOf) {
                return r;
            }
        }
        return stage(m, groupOf, cost * (1 + 1e-9) + 1e-12, deadline, true);
    }

    /**
     * One exact search with bound {@code ub}; returns {@code groupOf} itself when nothing cheaper
     * than the bound exists. {@code last}: the bound is the heuristic's own cost, so finding
     * nothing proves the heuristic optimal.
     */
    private static Result stage(Model m, int[] groupOf, double ub, long deadline, boolean last) {
        ExactSearch s = new ExactSearch(m, ub, deadline);
        long t0 = System.nanoTime();
        s.enumerate();
        long t1 = System.nanoTime();
        if (s.overflow || s.timeUp) {
            return new Result(groupOf, false, s.timeUp);
        }
        s.solve();
        if (Boolean.getBoolean("dbgx")) System.err.printf("    stage ub %.5f cands %d enum %.1fms nodes %d dfs %.1fms found %s%n", ub, s.candCount, (t1 - t0) / 1e6, s.nodes, (System.nanoTime() - t1) / 1e6, s.best != null);
        boolean complete = !s.timeUp && s.nodes < MAX_NODES;
        if (s.best == null) {
            return new Result(groupOf, last && complete, s.timeUp);
        }
        return new Result(s.toAssignment(), complete, s.timeUp);
    }

    /** Students sorted along the first principal axis: tighter suffix bounds, earlier cuts. */
    private int[] principalOrder() {
        double[] axis = Projection.principalAxes(x, n, dim, 1);
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < dim; q++) {
                key[i] += axis.length > q ? axis[q] * x[i * dim + q] : 0;
            }
        }
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Double.compare(key[a], key[b])).mapToInt(Integer::intValue).toArray();
    }

    // ---------------------------------------------------------------- enumeration

    private void enumerate() {
        boolean centroid = m.objective() != Objective.DIVERSITY;
        for (int s : sizesPresent) {
            if (centroid) {
                prepareBounds(s);
                rho = Math.sqrt(ub * s);
            }
            sumStack = new double[s + 1][dim];
            recurse(0, 0, s, centroid);
            if (overflow || timeUp) {
                return;
            }
        }
    }

    /** sufMax[r][pos·dim + q]: largest sum of r values of dimension q among order[pos..]. */
    private void prepareBounds(int s) {
        sufMax = new double[s + 1][(n + 1) * dim];
        sufMin = new double[s + 1][(n + 1) * dim];
        double[] vals = new double[n];
        for (int q = 0; q < dim; q++) {
            for (int pos = n - 1; pos >= 0; pos--) {
                int len = n - pos;
                for (int t = 0; t < len; t++) {
                    vals[t] = x[order[pos + t] * dim + q];
                }
                Arrays.sort(vals, 0, len);
                for (int r = 1; r <= s && r <= len; r++) {
                    sufMax[r][pos * dim + q] = sufMax[r - 1][pos * dim + q] + vals[len - r];
                    sufMin[r][pos * dim + q] = sufMin[r - 1][pos * dim + q] + vals[r - 1];
                }
            }
        }
    }

    private void recurse(int pos, int chosen, int size, boolean centroid) {
        if (chosen == size) {
            leaf(size, sumStack[chosen], centroid);
            return;
        }
        int remaining = size - chosen - 1;
        double[] partial = sumStack[chosen];
        double[] next = sumStack[chosen + 1];
        for (int t = pos; t <= n - (size - chosen); t++) {
            int i = order[t];
            if (!countsAllowAdding(i, size)) {
                continue;
            }
            for (int q = 0; q < dim; q++) {
                next[q] = partial[q] + x[i * dim + q];
            }
            if (centroid && remaining > 0 && outOfReach(next, remaining, t + 1)) {
                continue;
            }
            addCounts(i, +1);
            pick[chosen] = i;
            recurse(t + 1, chosen + 1, size, centroid);
            addCounts(i, -1);
            if (overflow || timeUp) {
                return;
            }
        }
    }

    /** Whether the remaining picks cannot bring every coordinate of the sum within ±rho. */
    private boolean outOfReach(double[] partial, int remaining, int from) {
        for (int q = 0; q < dim; q++) {
            double max = partial[q] + sufMax[remaining][from * dim + q];
            double min = partial[q] + sufMin[remaining][from * dim + q];
            if (max < -rho || min > rho) {
                return true;
            }
        }
        return false;
    }

    private boolean countsAllowAdding(int i, int size) {
        CountRule[] rules = m.rules();
        int g = groupOfSize(size);
        for (int r = 0; r < rules.length; r++) {
            int c = rules[r].categoryOf(i);
            if (c >= 0 && ruleCount[r][c] + 1 > rules[r].hi(g, c)) {
                return false;
            }
        }
        return true;
    }

    private void addCounts(int i, int delta) {
        CountRule[] rules = m.rules();
        for (int r = 0; r < rules.length; r++) {
            int c = rules[r].categoryOf(i);
            if (c >= 0) {
                ruleCount[r][c] += delta;
            }
        }
    }

    private int groupOfSize(int size) {
        return firstOfSize(m.sizes(), size);
    }

    private void leaf(int size, double[] sum, boolean centroid) {
        if ((++leaves & 4095) == 0 && System.nanoTime() > deadline) {
            timeUp = true;
            return;
        }
        int g = groupOfSize(size);
        CountRule[] rules = m.rules();
        for (int r = 0; r < rules.length; r++) {
            for (int c = 0; c < rules[r].categoryCount(); c++) {
                if (ruleCount[r][c] < rules[r].lo(g, c)) {
                    return;
                }
            }
        }
        long mask = 0;
        for (int t = 0; t < size; t++) {
            mask |= 1L << pick[t];
        }
        if (!relationsHold(mask, size)) {
            return;
        }
        double cost = groupCost(sum, size, centroid);
        if (nonNegative && cost >= ub) {
            return;
        }
        if (candCount == MAX_CANDIDATES) {
            overflow = true;
            return;
        }
        if (candCount == candMask.length) {
            candMask = Arrays.copyOf(candMask, candCount * 2);
            candCost = Arrays.copyOf(candCost, candCount * 2);
            candSize = Arrays.copyOf(candSize, candCount * 2);
        }
        candMask[candCount] = mask;
        candCost[candCount] = cost;
        candSize[candCount] = size;
        candCount++;
    }

    /** Keep-together units entirely in or out; no keep-apart pair inside. */
    private boolean relationsHold(long mask, int size) {
        for (int t = 0; t < size; t++) {
            int i = pick[t];
            int u = m.unitOf()[i];
            if (u >= 0) {
                for (int j : m.units()[u]) {
                    if ((mask >>> j & 1) == 0) {
                        return false;
                    }
                }
            }
            for (int j : m.apart()[i]) {
                if ((mask >>> j & 1) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Same definition as {@link GroupCost}: |S|²/n or minus the pairwise distances, plus repeats. */
    private double groupCost(double[] sum, int size, boolean centroid) {
        double c = 0;
        if (centroid) {
            for (int q = 0; q < dim; q++) {
                c += sum[q] * sum[q];
            }
            c /= size;
        } else {
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    c -= GroupCost.distance(x, dim, pick[a], pick[b]);
                }
            }
        }
        if (m.hasPrevious() && m.repeatPenalty() > 0) {
            int[] label = m.previousLabel();
            int pairs = 0;
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    if (label[pick[a]] >= 0 && label[pick[a]] == label[pick[b]]) {
                        pairs++;
                    }
                }
            }
            c += m.repeatPenalty() * pairs;
        }
        return c;
    }

    // ---------------------------------------------------------------- exact cover

    private void solve() {
        Integer[] byCostOrder = new Integer[candCount];
        for (int t = 0; t < candCount; t++) {
            byCostOrder[t] = t;
        }
        Arrays.sort(byCostOrder, (a, b) -> Double.compare(candCost[a], candCost[b]));
        long[] masks = new long[candCount];
        double[] costs = new double[candCount];
        int[] sizes = new int[candCount];
        for (int t = 0; t < candCount; t++) {
            masks[t] = candMask[byCostOrder[t]];
            costs[t] = candCost[byCostOrder[t]];
            sizes[t] = candSize[byCostOrder[t]];
        }
        candMask = masks;
        candCost = costs;
        candSize = sizes;
        words = (candCount + 63) >>> 6;
        cover = new long[n][words];
        int[] perStudent = new int[n];
        for (int t = 0; t < candCount; t++) {
            for (long mm = masks[t]; mm != 0; mm &= mm - 1) {
                int i = Long.numberOfTrailingZeros(mm);
                cover[i][t >>> 6] |= 1L << t;
                perStudent[i]++;
            }
        }
        byCost = new int[n][];
        for (int i = 0; i < n; i++) {
            byCost[i] = new int[perStudent[i]];
        }
        int[] fill = new int[n];
        for (int t = 0; t < candCount; t++) {
            for (long mm = masks[t]; mm != 0; mm &= mm - 1) {
                int i = Long.numberOfTrailingZeros(mm);
                byCost[i][fill[i]++] = t;
            }
        }
        sizeBits = new long[sizesPresent.length][words];
        for (int t = 0; t < candCount; t++) {
            sizeBits[sizes[t] == sizesPresent[0] ? 0 : 1][t >>> 6] |= 1L << t;
        }
        long[] alive = new long[words];
        for (int t = 0; t < candCount; t++) {
            alive[t >>> 6] |= 1L << t;
        }
        dfs(0L, alive, sizeCount.clone(), 0.0, new long[m.k()], 0);
    }

    private void dfs(long covered, long[] alive, int[] left, double cost, long[] chosen, int depth) {
        if (++nodes > MAX_NODES || ((nodes & 1023) == 0 && System.nanoTime() > deadline)) {
            timeUp |= nodes <= MAX_NODES;
            return;
        }
        if (depth == m.k()) {
            if (cost < ub) {
                ub = cost;
                best = chosen.clone();
            }
            return;
        }
        long all = n == 64 ? -1L : (1L << n) - 1;
        long uncovered = all & ~covered;
        // Lower bound: every uncovered student pays its cheapest remaining group's cost per member.
        double lower = 0;
        int branch = -1;
        int fewest = Integer.MAX_VALUE;
        for (long u = uncovered; u != 0; u &= u - 1) {
            int i = Long.numberOfTrailingZeros(u);
            int[] list = byCost[i];
            double cheapest = Double.NaN;
            for (int t : list) {
                if ((alive[t >>> 6] >>> t & 1) != 0) {
                    cheapest = candCost[t] / candSize[t];
                    break;
                }
            }
            if (Double.isNaN(cheapest)) {
                return;
            }
            lower += cheapest;
            int count = 0;
            long[] ci = cover[i];
            for (int w = 0; w < words; w++) {
                count += Long.bitCount(ci[w] & alive[w]);
            }
            if (count < fewest) {
                fewest = count;
                branch = i;
            }
        }
        if (cost + lower >= ub) {
            return;
        }
        long[] next = new long[words];
        for (int t : byCost[branch]) {
            if ((alive[t >>> 6] >>> t & 1) == 0) {
                continue;
            }
            double c = cost + candCost[t];
            if (nonNegative && c >= ub) {
                break;
            }
            long mask = candMask[t];
            System.arraycopy(alive, 0, next, 0, words);
            for (long mm = mask; mm != 0; mm &= mm - 1) {
                long[] ci = cover[Long.numberOfTrailingZeros(mm)];
                for (int w = 0; w < words; w++) {
                    next[w] &= ~ci[w];
                }
            }
            int sizeIndex = candSize[t] == sizesPresent[0] ? 0 : 1;
            left[sizeIndex]--;
            if (left[sizeIndex] == 0) {
                long[] sb = sizeBits[sizeIndex];
                for (int w = 0; w < words; w++) {
                    next[w] &= ~sb[w];
                }
            }
            chosen[depth] = mask;
            dfs(covered | mask, next, left, c, chosen, depth + 1);
            left[sizeIndex]++;
            if (nodes > MAX_NODES || timeUp) {
                return;
            }
            next = new long[words];
        }
    }

    /** Chosen groups to group indices: larger groups first (as the size plan has them), in order of their first student. */
    private int[] toAssignment() {
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
