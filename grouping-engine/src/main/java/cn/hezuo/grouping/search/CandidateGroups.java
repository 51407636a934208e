package cn.hezuo.grouping.search;

import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

import java.util.Arrays;

/**
 * Step 1 of {@link ExactSearch}: every group that could appear in a grouping cheaper than a bound
 * — all subsets of the planned sizes that satisfy every per-group rule (count bounds, keep-together
 * units whole, no keep-apart pair) and whose own cost is below the bound. For the variance
 * objectives a branch is cut as soon as the remaining members cannot bring the group sum back inside
 * the radius that cost allows: per dimension, the partial sum plus the smallest or largest possible
 * sum of the remaining picks must reach [−ρ, ρ] (students are taken along the first principal axis,
 * which makes these bounds tight). Stops at a leaf budget so the work is bounded and deterministic.
 */
final class CandidateGroups {

    /** The enumerated groups: member masks, costs and sizes. */
    record Candidates(long[] masks, double[] costs, int[] sizes, int count) {
    }

    private static final int MAX_CANDIDATES = 60_000;

    private final Model m;
    private final int n;
    private final int dim;
    private final double[] x;
    private final int[] order;
    /** The principal axis, and each position's coordinate along it (ascending, as {@link #order}). */
    private double[] axis;
    private double[] sortedKey;
    /** keyPrefix[t]: the sum of sortedKey[0..t). */
    private double[] keyPrefix;
    private final int[] sizesPresent;
    private final double ub;
    private final boolean nonNegative;
    private final long leafBudget;
    private final long deadline;

    private long[] candMask = new long[1024];
    private double[] candCost = new double[1024];
    private int[] candSize = new int[1024];
    private int candCount;
    private boolean overflow;
    private boolean timeUp;
    private long leaves;

    private double[][] sufMax;
    private double[][] sufMin;
    private final int[] pick;
    private final int[][] ruleCount;
    private double rho;
    private double[][] sumStack;

    CandidateGroups(Model m, int[] sizesPresent, double ub, long leafBudget, long deadline) {
        this.m = m;
        this.n = m.n();
        this.dim = m.dim();
        this.x = m.x();
        this.sizesPresent = sizesPresent;
        this.ub = ub;
        this.leafBudget = leafBudget;
        this.deadline = deadline;
        this.nonNegative = m.objective() != Objective.DIVERSITY;
        this.order = principalOrder();
        this.pick = new int[Arrays.stream(sizesPresent).max().orElse(0)];
        ruleCount = new int[m.rules().length][];
        for (int r = 0; r < ruleCount.length; r++) {
            ruleCount[r] = new int[m.rules()[r].categoryCount()];
        }
    }

    /** All candidates, or null if a budget or the deadline ran out ({@link #timeUp()} tells which). */
    Candidates enumerate() {
        enumerateAll();
        if (overflow || timeUp) {
            return null;
        }
        return new Candidates(candMask, candCost, candSize, candCount);
    }

    boolean timeUp() {
        return timeUp;
    }

    long leaves() {
        return leaves;
    }

    /** Students sorted along the first principal axis: tighter suffix bounds, earlier cuts. */
    private int[] principalOrder() {
        double[] axes = Projection.principalAxes(x, n, dim, 1);
        axis = new double[dim];
        System.arraycopy(axes, 0, axis, 0, Math.min(dim, axes.length));
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = along(x, i * dim);
        }
        int[] sorted = java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Double.compare(key[a], key[b])).mapToInt(Integer::intValue).toArray();
        sortedKey = new double[n];
        keyPrefix = new double[n + 1];
        for (int t = 0; t < n; t++) {
            sortedKey[t] = key[sorted[t]];
            keyPrefix[t + 1] = keyPrefix[t] + sortedKey[t];
        }
        return sorted;
    }

    /** The coordinate along the principal axis of the point at {@code v[offset..offset+dim)}. */
    private double along(double[] v, int offset) {
        double s = 0;
        for (int q = 0; q < dim; q++) {
            s += axis[q] * v[offset + q];
        }
        return s;
    }

    private void enumerateAll() {
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

    /** The first position whose key is at least {@code v} (n when none). */
    private int firstAtLeast(double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedKey[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void recurse(int pos, int chosen, int size, boolean centroid) {
        if (chosen == size) {
            leaf(size, sumStack[chosen], centroid);
            return;
        }
        int remaining = size - chosen - 1;
        double[] partial = sumStack[chosen];
        double[] next = sumStack[chosen + 1];
        int from = pos;
        int to = n - (size - chosen);
        if (centroid && remaining == 0) {
            // The last pick must bring the sum within rho of the origin, so its coordinate along the
            // principal axis lies within rho of minus the partial sum's: a window of the sorted order.
            double centre = -along(partial, 0);
            from = Math.max(pos, firstAtLeast(centre - rho - 1e-12));
            while (to >= from && sortedKey[to] > centre + rho + 1e-12) {
                to--;
            }
        }
        for (int t = from; t <= to; t++) {
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
            if (lowsReachable(size, remaining)) {
                pick[chosen] = i;
                recurse(t + 1, chosen + 1, size, centroid);
            }
            addCounts(i, -1);
            if (overflow || timeUp) {
                return;
            }
        }
    }

    /**
     * Whether the remaining picks cannot bring the sum inside the ball of radius rho: per dimension
     * the final sum lies between the partial sum plus the smallest and plus the largest possible
     * remaining picks, and the nearest point of that box to the origin must be inside the ball.
     */
    private boolean outOfReach(double[] partial, int remaining, int from) {
        double gap = 0;
        for (int q = 0; q < dim; q++) {
            double max = partial[q] + sufMax[remaining][from * dim + q];
            double min = partial[q] + sufMin[remaining][from * dim + q];
            double d = max < 0 ? -max : min > 0 ? min : 0;
            gap += d * d;
        }
        if (gap >= rho * rho) {
            return true;
        }
        // Along the principal axis the bounds are tight: the order is sorted by it, so the smallest
        // remaining picks are the next ones and the largest are the last ones.
        double along = along(partial, 0);
        double least = along + keyPrefix[from + remaining] - keyPrefix[from];
        double most = along + keyPrefix[n] - keyPrefix[n - remaining];
        return least >= rho || most <= -rho;
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

    /**
     * Whether {@code remaining} more picks can still bring every category up to its minimum: most
     * subsets fail the minimums (a strict gender and tier balance leaves little slack), and cutting
     * them here, not at the leaf, is most of the enumeration's saving.
     */
    private boolean lowsReachable(int size, int remaining) {
        CountRule[] rules = m.rules();
        int g = groupOfSize(size);
        for (int r = 0; r < rules.length; r++) {
            int missing = 0;
            for (int c = 0; c < rules[r].categoryCount(); c++) {
                missing += Math.max(0, rules[r].lo(g, c) - ruleCount[r][c]);
            }
            if (missing > remaining) {
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
        return ExactSearch.firstOfSize(m.sizes(), size);
    }

    private void leaf(int size, double[] sum, boolean centroid) {
        if (++leaves > leafBudget) {
            overflow = true;
            return;
        }
        if ((leaves & 4095) == 0 && System.nanoTime() > deadline) {
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
}
