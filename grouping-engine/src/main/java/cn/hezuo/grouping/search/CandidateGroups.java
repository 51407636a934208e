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
