package cn.hezuo.grouping.search;

/**
 * Step 2 of {@link ExactSearch}: a minimum-cost exact cover of the class by candidate groups.
 *
 * <p>Depth first. A node holds the list of candidates still usable — disjoint from the groups chosen
 * so far, of a size the plan still needs, and cheaper than what the bound leaves ({@code ub − cost};
 * candidates are sorted by cost, so that is a prefix). One pass over that list gives every uncovered
 * student its number of candidates and its cheapest share under two lower bounds on the cost still to
 * come: Lagrangian prices fixed at the root ({@link #priceStudents}, after Beasley's Lagrangian
 * relaxation of set partitioning) and, for centroid costs, a tilt toward where the uncovered students'
 * mean lies ({@link #tilt}). The node is pruned when either bound reaches the incumbent; candidates
 * whose reduced cost (slack) alone would reach it are dropped, and pairs of candidates whose slacks
 * together would are kept out of each other's child lists ({@link #keepReachable}). It branches on the
 * student with the fewest candidates left (as in Knuth's Algorithm X), trying its candidates cheapest
 * first. Lists shrink fast with depth — most nodes are deep — so a node costs a few hundred
 * operations. Stops at a node budget (deterministic) or the deadline.
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
    /** Per depth: each uncovered student's cheapest tilted share (see {@link #dfs}). */
    private final double[][] tiltedAt;
    /** Per depth: the tilt vector v = 2 · (mean coordinate of the uncovered students). */
    private double[][] tiltAt;
    /** Lagrangian price of each student, and each candidate's sum of its members' prices. */
    private double[] price;
    private double[] candPrice;
    /** Subgradient steps for the prices: on 30 rosters of 40, 30–60 steps gave the fastest searches. */
    private static final int PRICE_ITERATIONS = 40;
    /** Per depth, by list position: each candidate's slack under the plain and the tilted bound. */
    private double[][] slackAt;
    private double[][] tiltedSlackAt;
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
        this.tiltedAt = new double[k + 1][n];
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
        priceStudents();
        dfs(0L, candCount, sizeCount.clone(), 0.0, new long[k], 0);
    }

    /**
     * Lagrangian prices for the students, by subgradient ascent at the root. Any prices π give the
     * bound Σ_{i∈U} π_i + Σ_{i∈U} min_{G∋i} (c_G − π(G)) / |G| for covering U (each group's cost is
     * its members' prices plus its reduced cost, shared among them). With π = 0 it is the plain
     * per-student share, which is weak here: nearly every student belongs to some group of almost
     * zero cost. The subgradient lowers the price of a student whom many students' cheapest groups
     * share and raises it for one whom none include, pushing toward the set-partitioning LP bound.
     * Fixed iteration count (deterministic); the best prices found are kept.
     */
    private void priceStudents() {
        price = new double[n];
        candPrice = new double[candCount];
        if (!nonNegative || candCount == 0) {
            return;
        }
        double[] trial = new double[n];
        double[] minShare = new double[n];
        int[] argmin = new int[n];
        double[] gradient = new double[n];
        double bestBound = Double.NEGATIVE_INFINITY;
        double step = 1.0;
        int stall = 0;
        for (int iteration = 0; iteration < PRICE_ITERATIONS; iteration++) {
            java.util.Arrays.fill(minShare, Double.POSITIVE_INFINITY);
            for (int t = 0; t < candCount; t++) {
                double p = 0;
                for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                    p += trial[Long.numberOfTrailingZeros(mm)];
                }
                double share = (candCost[t] - p) / candSize[t];
                for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                    int i = Long.numberOfTrailingZeros(mm);
                    if (share < minShare[i]) {
                        minShare[i] = share;
                        argmin[i] = t;
                    }
                }
            }
            double bound = 0;
            for (int i = 0; i < n; i++) {
                if (minShare[i] == Double.POSITIVE_INFINITY) {
                    return;
                }
                bound += trial[i] + minShare[i];
            }
            if (bound > bestBound + 1e-12) {
                bestBound = bound;
                System.arraycopy(trial, 0, price, 0, n);
                stall = 0;
            } else if (++stall >= 4) {
                step /= 2;
                stall = 0;
            }
            java.util.Arrays.fill(gradient, 1.0);
            for (int i = 0; i < n; i++) {
                int t = argmin[i];
                for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                    gradient[Long.numberOfTrailingZeros(mm)] -= 1.0 / candSize[t];
                }
            }
            double norm = 0;
            for (double g : gradient) {
                norm += g * g;
            }
            if (norm < 1e-12 || bestBound >= ub) {
                break;
            }
            double move = step * (ub - bound) / norm;
            for (int i = 0; i < n; i++) {
                trial[i] += move * gradient[i];
            }
        }
        for (int t = 0; t < candCount; t++) {
            double p = 0;
            for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                p += price[Long.numberOfTrailingZeros(mm)];
            }
            candPrice[t] = p;
        }
    }

    /** Each candidate's coordinate sum, and the class total, for the pooled bound. */
    private void prepareSums() {
        candSum = new double[candCount * dim];
        totalSum = new double[dim];
        coveredSum = new double[k + 1][dim];
        tiltAt = new double[k + 1][dim];
        slackAt = new double[k + 1][candCount];
        tiltedSlackAt = new double[k + 1][candCount];
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
     * Sets the tilt for a node: v = 2·m with m the mean coordinate of the uncovered students U, and
     * returns v·S_U. Why it gives a bound: the groups still to form cover U, so Σ_j S_j = S_U and
     * Σ_j c_j = v·S_U + Σ_j (c_j − v·S_j) for any v; charging each member of a group
     * (c_j − v·S_j) / s_j — for centroid costs s_j(||mean_j − m||² − ||m||²) / s_j — and taking every
     * student's cheapest such share bounds the rest from below. With v = 2m this is never weaker than
     * the pooled Cauchy–Schwarz bound ||S_U||² / |U| (every share is at least −||m||²): deep in the
     * search, where the chosen groups lean one way, the rest must lean back, and each student pays
     * for how far its own best group sits from where the rest must go.
     */
    private double tilt(int depth, int uncoveredCount) {
        double[] covered = coveredSum[depth];
        double[] v = tiltAt[depth];
        double vs = 0;
        for (int q = 0; q < dim; q++) {
            double su = totalSum[q] - covered[q];
            v[q] = 2 * su / uncoveredCount;
            vs += v[q] * su;
        }
        return vs;
    }

    private double tilted(double[] v, int t) {
        double dv = 0;
        int o = t * dim;
        for (int q = 0; q < dim; q++) {
            dv += v[q] * candSum[o + q];
        }
        return candCost[t] - dv;
    }

    /**
     * Reduced-cost filtering: a candidate's slack is its cost minus the shares its members were
     * charged in the bound; a cover using it costs at least the bound plus its slack, and one using
     * two disjoint candidates at least the bound plus both slacks. Drops the candidates whose slack
     * alone reaches the incumbent, records the slacks of the rest (by position) for building the
     * children's lists, and recounts the candidates of every uncovered student. Returns the new length.
     * {@code tiltedSlack} comes in holding each candidate's tilted cost by position (from the node's
     * pass) and leaves holding the kept candidates' tilted slacks: a position is read before it is
     * overwritten, since kept ≤ a.
     */
    private int keepReachable(int[] list, int length, long uncovered, double lower, double tiltedLower,
                              double[] cheapest, double[] tilted, double[] slack, double[] tiltedSlack) {
        for (long u = uncovered; u != 0; u &= u - 1) {
            count[Long.numberOfTrailingZeros(u)] = 0;
        }
        int kept = 0;
        for (int a = 0; a < length; a++) {
            int t = list[a];
            long mask = candMask[t];
            double s0 = candCost[t] - candPrice[t] - memberShare(cheapest, mask);
            double s1 = dim > 0 ? tiltedSlack[a] - memberShare(tilted, mask) : 0;
            if (lower + s0 >= ub || tiltedLower + s1 >= ub) {
                continue;
            }
            list[kept] = t;
            slack[kept] = s0;
            tiltedSlack[kept] = s1;
            kept++;
            for (long mm = mask; mm != 0; mm &= mm - 1) {
                count[Long.numberOfTrailingZeros(mm)]++;
            }
        }
        return kept;
    }

    /** The uncovered student with the fewest candidates, or −1 if one has none left. */
    private int fewestCandidates(long uncovered) {
        int branch = -1;
        int fewest = Integer.MAX_VALUE;
        for (long u = uncovered; u != 0; u &= u - 1) {
            int i = Long.numberOfTrailingZeros(u);
            int c = count[i];
            if (c == 0) {
                return -1;
            }
            if (c < fewest) {
                fewest = c;
                branch = i;
            }
        }
        return branch;
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
        double[] tilted = tiltedAt[depth];
        double[] v = tiltAt[depth];
        double tiltBase = dim > 0 ? tilt(depth, Long.bitCount(uncovered)) : 0;
        double[] slack = slackAt[depth];
        double[] tiltedSlack = tiltedSlackAt[depth];
        // One pass: every uncovered student's cheapest priced share and cheapest tilted share; each
        // candidate's tilted cost is kept by position for the filtering below.
        for (int a = 0; a < length; a++) {
            int t = list[a];
            double share = (candCost[t] - candPrice[t]) / candSize[t];
            double tiltedCost = dim > 0 ? tilted(v, t) : 0;
            tiltedSlack[a] = tiltedCost;
            double tiltedShare = tiltedCost / candSize[t];
            for (long mm = candMask[t]; mm != 0; mm &= mm - 1) {
                int i = Long.numberOfTrailingZeros(mm);
                if (count[i]++ == 0) {
                    cheapest[i] = share;
                    tilted[i] = tiltedShare;
                } else {
                    if (share < cheapest[i]) {
                        cheapest[i] = share;
                    }
                    if (tiltedShare < tilted[i]) {
                        tilted[i] = tiltedShare;
                    }
                }
            }
        }
        double lower = 0;
        double tiltedLower = tiltBase;
        for (long u = uncovered; u != 0; u &= u - 1) {
            int i = Long.numberOfTrailingZeros(u);
            if (count[i] == 0) {
                return;
            }
            lower += price[i] + cheapest[i];
            tiltedLower += tilted[i];
        }
        if (cost + lower >= ub || (dim > 0 && cost + tiltedLower >= ub)) {
            return;
        }
        if (nonNegative) {
            length = keepReachable(list, length, uncovered, cost + lower, cost + tiltedLower, cheapest, tilted,
                    slack, tiltedSlack);
        }
        int branch = fewestCandidates(uncovered);
        if (branch < 0) {
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
            double base = cost + lower + (nonNegative ? slack[a] : 0);
            double tiltedBase = cost + tiltedLower + (nonNegative ? tiltedSlack[a] : 0);
            int sizeIndex = candSize[t] == sizesPresent[0] ? 0 : 1;
            left[sizeIndex]--;
            int[] next = lists[depth + 1];
            if (next.length < length) {
                next = lists[depth + 1] = new int[length];
            }
            int nextLength = 0;
            boolean sizeDone = left[sizeIndex] == 0;
            for (int b = 0; b < length; b++) {
                int u = list[b];
                if ((candMask[u] & mask) == 0 && !(sizeDone && candSize[u] == candSize[t])
                        && (!nonNegative || base + slack[b] < ub && (dim == 0 || tiltedBase + tiltedSlack[b] < ub))) {
                    next[nextLength++] = u;
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
