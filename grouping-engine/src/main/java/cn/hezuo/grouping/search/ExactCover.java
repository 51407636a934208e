package cn.hezuo.grouping.search;

import java.util.Arrays;

/**
 * Step 2 of {@link ExactSearch}: a minimum-cost exact cover of the class by candidate groups.
 * Depth first; at each node it branches on the uncovered student with the fewest remaining
 * candidates (bit sets over the candidates, as in Knuth's Algorithm X), trying that student's
 * candidates cheapest first, and prunes with a lower bound that charges every uncovered student the
 * per-member cost of their cheapest remaining candidate. Candidates of a size are dropped once the
 * plan has no group of that size left. Stops at a node budget (deterministic) or the deadline.
 */
final class ExactCover {

    private final int n;
    private final int k;
    private final int[] sizesPresent;
    private final int[] sizeCount;
    private final boolean nonNegative;
    private final long nodeBudget;
    private final long deadline;
    private long[] candMask;
    private double[] candCost;
    private int[] candSize;
    private final int candCount;
    private double ub;

    private long[][] cover;
    private int words;
    private int[][] byCost;
    private long[][] sizeBits;
    private int[][] firstLive;
    private long nodes;
    private long[] best;
    private boolean timeUp;

    ExactCover(CandidateGroups.Candidates c, int n, int k, int[] sizesPresent, int[] sizeCount, boolean nonNegative,
               double ub, long nodeBudget, long deadline) {
        this.n = n;
        this.k = k;
        this.sizesPresent = sizesPresent;
        this.sizeCount = sizeCount;
        this.nonNegative = nonNegative;
        this.ub = ub;
        this.nodeBudget = nodeBudget;
        this.deadline = deadline;
        this.candMask = c.masks();
        this.candCost = c.costs();
        this.candSize = c.sizes();
        this.candCount = c.count();
    }

    /** The member masks of the best cover cheaper than the bound, or null if there is none. */
    long[] best() {
        return best;
    }

    long nodes() {
        return nodes;
    }

    boolean timeUp() {
        return timeUp;
    }

    /** Whether the search ran to the end (so {@link #best()} is optimal, or nothing is cheaper). */
    boolean complete() {
        return !timeUp && nodes <= nodeBudget;
    }

    void solve() {
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
        firstLive = new int[k + 1][n];
        dfs(0L, alive, sizeCount.clone(), 0.0, new long[k], 0);
    }

    private void dfs(long covered, long[] alive, int[] left, double cost, long[] chosen, int depth) {
        if (++nodes > nodeBudget || ((nodes & 1023) == 0 && System.nanoTime() > deadline)) {
            timeUp |= nodes <= nodeBudget;
            return;
        }
        if (depth == k) {
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
        // Along a path candidates only die, so each student's first live candidate (in cost order)
        // is searched from where the parent found it.
        int[] first = firstLive[depth];
        for (long u = uncovered; u != 0; u &= u - 1) {
            int i = Long.numberOfTrailingZeros(u);
            int[] list = byCost[i];
            int t = first[i];
            while (t < list.length && (alive[list[t] >>> 6] >>> list[t] & 1) == 0) {
                t++;
            }
            first[i] = t;
            if (t == list.length) {
                return;
            }
            lower += candCost[list[t]] / candSize[list[t]];
            int count = 0;
            long[] ci = cover[i];
            for (int w = 0; w < words && count < fewest; w++) {
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
            System.arraycopy(first, 0, firstLive[depth + 1], 0, n);
            dfs(covered | mask, next, left, c, chosen, depth + 1);
            left[sizeIndex]++;
            if (nodes > nodeBudget || timeUp) {
                return;
            }
            next = new long[words];
        }
    }
}
