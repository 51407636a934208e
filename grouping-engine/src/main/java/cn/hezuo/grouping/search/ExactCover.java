package cn.hezuo.grouping.search;

/**
 * Step 2 of {@link ExactSearch}: a minimum-cost exact cover of the class by candidate groups.
 *
 * <p>Depth first. A node holds the list of candidates still usable — disjoint from the groups chosen
 * so far, of a size the plan still needs, and cheaper than what the bound leaves ({@code ub − cost};
 * candidates are sorted by cost, so that is a prefix). One pass over that list gives every uncovered
 * student its number of candidates and its cheapest one; the node branches on the student with the
 * fewest (as in Knuth's Algorithm X), trying its candidates cheapest first, and is pruned by two lower
 * bounds on the cost still to come: every uncovered student pays its cheapest candidate's cost per
 * member, and (for centroid costs) the pooled bound {@link #pooledBound}. Lists shrink fast with depth
 * — most nodes are deep — so a node costs a few hundred operations. Stops at a node budget
 * (deterministic) or the deadline.
 */
final class ExactCover {

    private final int n;
    private final int k;
    private final int[] sizesPresent;
    private final int[] sizeCount;
    private final boolean nonNegative;
    private final long nodeBudget;
    private final long deadline;
    /** Search coordinates (n × dim) for the pooled bound of centroid costs; null for other costs. */
    private final double[] x;
    private final int dim;
    private final long[] candMask;
    private final double[] candCost;
    private final int[] candSize;
    private final int candCount;
    private double ub;

    private double[] candSum;
    private double[] totalSum;
    private double[][] coveredSum;
    /** Usable candidates per depth; listLength[d] of them are valid. */
    private int[][] lists;
    private final int[] count;
    private final double[][] cheapestAt;
    private long nodes;
    private long[] best;
    private boolean timeUp;

    /** {@code c} must be sorted by cost, cheapest first. */
    ExactCover(CandidateGroups.Candidates c, int n, int k, int[] sizesPresent, int[] sizeCount, boolean nonNegative,
               double[] x, int dim, double ub, long nodeBudget, long deadline) {
        this.n = n;
        this.k = k;
        this.sizesPresent = sizesPresent;
        this.sizeCount = sizeCount;
        this.nonNegative = nonNegative;
        this.x = x;
        this.dim = x == null ? 0 : dim;
        this.ub = ub;
        this.nodeBudget = nodeBudget;
        this.deadline = deadline;
        this.candMask = c.masks();
        this.candCost = c.costs();
        this.candSize = c.sizes();
        this.candCount = c.count();
        this.count = new int[n];
        this.cheapestAt = new double[k + 1][n];
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
        lists = new int[k + 1][];
        lists[0] = new int[candCount];
        for (int t = 0; t < candCount; t++) {
            lists[0][t] = t;
        }
        prepareSums();
        dfs(0L, candCount, sizeCount.clone(), 0.0, new long[k], 0);
    }

    /** Each candidate's coordinate sum, and the class total, for the pooled bound. */
    private void prepareSums() {
        candSum = new double[candCount * dim];
        totalSum = new double[dim];
        coveredSum = new double[k + 1][dim];
        for (int t = 0; t < candCount; t++) {
            for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                int o = Long.numberOfTrailingZeros(mm) * dim;
                for (int q = 0; q < dim; q++) {
                    candSum[t * dim + q] += x[o + q];
                }
            }
        }
        for (int i = 0; i < n * dim; i++) {
            totalSum[i % dim] += x[i];
        }
    }

    /**
     * Pooled bound: the groups still to form cover the uncovered students U, and for centroid costs
     * Σ ||S_j||² / s_j ≥ ||Σ S_j||² / Σ s_j = ||S_U||² / |U| (Cauchy–Schwarz). Deep in the search,
     * where the chosen groups lean one way, the rest must lean back; the per-member bound misses that.
     */
    private double pooledBound(int depth, int uncoveredCount) {
        if (dim == 0 || uncoveredCount == 0) {
            return 0;
        }
        double[] covered = coveredSum[depth];
        double s = 0;
        for (int q = 0; q < dim; q++) {
            double v = totalSum[q] - covered[q];
            s += v * v;
        }
        return s / uncoveredCount;
    }

    private static double memberShare(double[] cheapest, long mask) {
        double s = 0;
        for (long mm = mask; mm != 0; mm &= mm - 1) {
            s += cheapest[Long.numberOfTrailingZeros(mm)];
        }
        return s;
    }

    private void dfs(long covered, int length, int[] left, double cost, long[] chosen, int depth) {
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
        int[] list = lists[depth];
        if (nonNegative) {
            // A candidate costing what the bound leaves or more can never be part of a better cover.
            double room = ub - cost;
            while (length > 0 && candCost[list[length - 1]] >= room) {
                length--;
            }
        }
        long all = n == 64 ? -1L : (1L << n) - 1;
        long uncovered = all & ~covered;
        for (long u = uncovered; u != 0; u &= u - 1) {
            count[Long.numberOfTrailingZeros(u)] = 0;
        }
        double[] cheapest = cheapestAt[depth];
        // One pass: candidates come cheapest first, so a student's first one is its cheapest.
        for (int a = 0; a < length; a++) {
            int t = list[a];
            for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                int i = Long.numberOfTrailingZeros(mm);
                if (count[i]++ == 0) {
                    cheapest[i] = candCost[t] / candSize[t];
                }
            }
        }
        double lower = 0;
        int branch = -1;
        int fewest = Integer.MAX_VALUE;
        for (long u = uncovered; u != 0; u &= u - 1) {
            int i = Long.numberOfTrailingZeros(u);
            int c = count[i];
            if (c == 0) {
                return;
            }
            lower += cheapest[i];
            if (c < fewest) {
                fewest = c;
                branch = i;
            }
        }
        if (cost + lower >= ub || cost + pooledBound(depth, Long.bitCount(uncovered)) >= ub) {
            return;
        }
        long branchBit = 1L << branch;
        if (lists[depth + 1] == null) {
            lists[depth + 1] = new int[length];
        }
        for (int a = 0; a < length; a++) {
            int t = list[a];
            if ((candMask[t] & branchBit) == 0) {
                continue;
            }
            double c = cost + candCost[t];
            if (nonNegative && c >= ub) {
                break;
            }
            long mask = candMask[t];
            if (nonNegative && c + lower - memberShare(cheapest, mask) >= ub) {
                // The students outside this group still pay at least their cheapest share now,
                // so this child would be pruned on arrival; don't build its list.
                continue;
            }
            int sizeIndex = candSize[t] == sizesPresent[0] ? 0 : 1;
            left[sizeIndex]--;
            int[] next = lists[depth + 1];
            if (next.length < length) {
                next = lists[depth + 1] = new int[length];
            }
            int nextLength = 0;
            boolean sizeDone = left[sizeIndex] == 0;
            for (int b = 0; b < length; b++) {
                int v = list[b];
                if ((candMask[v] & mask) == 0 && !(sizeDone && candSize[v] == candSize[t])) {
                    next[nextLength++] = v;
                }
            }
            chosen[depth] = mask;
            if (dim > 0) {
                double[] from = coveredSum[depth];
                double[] to = coveredSum[depth + 1];
                for (int q = 0; q < dim; q++) {
                    to[q] = from[q] + candSum[t * dim + q];
                }
            }
            dfs(covered | mask, nextLength, left, c, chosen, depth + 1);
            left[sizeIndex]++;
            if (nodes > nodeBudget || timeUp) {
                return;
            }
        }
    }
}
