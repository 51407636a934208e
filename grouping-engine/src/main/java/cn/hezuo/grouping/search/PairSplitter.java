package cn.hezuo.grouping.search;

import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.prepare.Model;

/**
 * The workhorse move: take two groups and re-partition their members optimally, keeping sizes
 * and every hard rule. This generalises the pairwise exchange of Späth (1986) and of anticlust's
 * exchange method (Papenberg &amp; Klau 2021; Brusco et al. 2020), which try one swap at a time, to
 * every exchange of any number of members between the two groups at once.
 *
 * <p>All {@code C(m, n_g)} splits of the {@code m = n_g + n_h} students are enumerated in
 * revolving-door order (Knuth, TAOCP 7.2.1.3), where consecutive splits differ by one exchanged
 * pair, so each split costs O(d) for the variance objectives (running group sum) and O(m) for
 * diversity. When both groups have equal size and equal rules, half of the splits are mirror
 * images and are skipped. Rules are checked only for splits that would improve, which keeps the
 * check off the hot path. For two groups of 5 that is 126 splits, about a microsecond. Groups too
 * large to enumerate ({@link #MAX_SPLITS}) fall back to the best single swap, O(n_g·n_h·d).
 */
final class PairSplitter {

    /** Largest number of splits enumerated exhaustively (two groups of 8 need 6435). */
    static final int MAX_SPLITS = 7000;

    private final Partition p;
    private final Rules rules;
    private final SplitRules splitRules;
    private final boolean diversity;
    private final boolean penalty;
    private final int[] label;
    private final double lambda;
    private final int dim;
    private final double[] x;

    private final int[] u = new int[64];
    private double[] ux = new double[64];
    private final double[] sumA;
    private final double[] total;
    private final double[] dist = new double[64 * 64];
    private final long[] sameLabel = new long[64];
    private final int[] newMembers = new int[128];

    long splits;
    /** Improvements smaller than this are ignored (set by the local search from the typical group cost). */
    double minGain = 1e-12;
    private long identity;
    private long identityMirror;

    PairSplitter(Partition p, Rules rules) {
        this.p = p;
        this.rules = rules;
        Model m = p.model;
        this.diversity = m.objective() == Objective.DIVERSITY;
        this.penalty = m.hasPrevious() && m.repeatPenalty() > 0;
        this.label = m.previousLabel();
        this.lambda = m.repeatPenalty();
        this.dim = p.dim;
        this.x = p.x;
        sumA = new double[dim];
        total = new double[dim];
        this.splitRules = new SplitRules(m);
    }

    /**
     * Applies the best re-partition of groups g and h if it lowers their cost; returns whether it
     * did. Deterministic: ties keep the first split in enumeration order.
     */
    boolean improve(int g, int h) {
        return improve(g, h, Double.NaN);
    }

    /**
     * As {@link #improve(int, int)}, but accepts the best split other than the current one if it
     * raises the cost by less than {@code slack} (for annealing). NaN means strict improvement.
     */
    boolean improve(int g, int h, double slack) {
        int ng = p.sizes[g];
        int nh = p.sizes[h];
        int m = ng + nh;
        boolean mirror = ng == nh;
        if (m > 63 || Combinations.count(m, ng, mirror) > MAX_SPLITS) {
            return bestSwap(g, h);
        }
        splits++;
        gather(g, h, m);
        double current = p.cost[g] + p.cost[h];
        double bound = Double.isNaN(slack) ? current - minGain - 1e-12 * Math.abs(current) : current + slack;
        long full = m == 64 ? -1L : (1L << m) - 1;
        identity = (1L << ng) - 1;
        identityMirror = mirror ? full & ~identity : identity;
        long[] combos = Combinations.revolvingDoor(m, ng, mirror);
        long best = diversity ? scanDiversity(combos, m, g, h, bound, mirror) : scanCentroid(combos, m, g, h, bound, mirror);
        if (best == 0) {
            return false;
        }
        int a = 0;
        int b = ng;
        for (int t = 0; t < m; t++) {
            if ((best >>> t & 1) != 0) {
                newMembers[a++] = u[t];
            } else {
                newMembers[b++] = u[t];
            }
        }
        p.setMembers(g, newMembers, 0);
        p.setMembers(h, newMembers, ng);
        return true;
    }

    /** Loads the union of both groups and the per-member data the rule checks need. */
    private void gather(int g, int h, int m) {
        int filled = 0;
        for (int s = p.start[g]; s < p.start[g + 1]; s++) {
            u[filled++] = p.members[s];
        }
        for (int s = p.start[h]; s < p.start[h + 1]; s++) {
            u[filled++] = p.members[s];
        }
        if (ux.length < m * dim) {
            ux = new double[m * dim];
        }
        for (int q = 0; q < dim; q++) {
            total[q] = p.sums[g * dim + q] + p.sums[h * dim + q];
        }
        for (int k = 0; k < m; k++) {
            System.arraycopy(x, u[k] * dim, ux, k * dim, dim);
        }
        splitRules.load(u, m, g, h);
        if (penalty) {
            for (int a = 0; a < m; a++) {
                long mask = 0;
                int la = label[u[a]];
                if (la >= 0) {
                    for (int b = 0; b < m; b++) {
                        if (b != a && label[u[b]] == la) {
                            mask |= 1L << b;
                        }
                    }
                }
                sameLabel[a] = mask;
            }
        }
        if (diversity) {
            for (int a = 0; a < m; a++) {
                dist[a * 64 + a] = 0;
                for (int b = a + 1; b < m; b++) {
                    double dd = GroupCost.distance(x, dim, u[a], u[b]);
                    dist[a * 64 + b] = dd;
                    dist[b * 64 + a] = dd;
                }
            }
        }
    }

    /** Variance/k-plus: running sum of side A; returns the best mask below bound, or 0. */
    private long scanCentroid(long[] combos, int m, int g, int h, double bound, boolean mirror) {
        double ia = 1.0 / p.sizes[g];
        double ib = 1.0 / p.sizes[h];
        long first = combos[0];
        for (int q = 0; q < dim; q++) {
            sumA[q] = 0;
        }
        for (int k = 0; k < m; k++) {
            if ((first >>> k & 1) != 0) {
                for (int q = 0; q < dim; q++) {
                    sumA[q] += ux[k * dim + q];
                }
            }
        }
        double best = bound;
        long bestMask = 0;
        long prev = first;
        for (long mask : combos) {
            if (mask != prev) {
                long diff = mask ^ prev;
                int in = Long.numberOfTrailingZeros(diff & mask);
                int out = Long.numberOfTrailingZeros(diff & prev);
                int oi = in * dim;
                int oo = out * dim;
                for (int q = 0; q < dim; q++) {
                    sumA[q] += ux[oi + q] - ux[oo + q];
                }
                prev = mask;
            }
            double ca = 0;
            double cb = 0;
            for (int q = 0; q < dim; q++) {
                double s = sumA[q];
                double r = total[q] - s;
                ca += s * s;
                cb += r * r;
            }
            double c = ca * ia + cb * ib;
            if (penalty) {
                c += lambda * repeated(mask, m);
            }
            if (c < best && mask != identity && mask != identityMirror) {
                long chosen = splitRules.feasibleOrientation(mask, m, g, h, mirror);
                if (chosen != 0) {
                    best = c;
                    bestMask = chosen;
                }
            }
        }
        return bestMask;
    }

    /** Diversity: running within-side distance sums; cost is their negated total. */
    private long scanDiversity(long[] combos, int m, int g, int h, double bound, boolean mirror) {
        long full = m == 64 ? -1L : (1L << m) - 1;
        long first = combos[0];
        double da = withinSum(first, m);
        double db = withinSum(full & ~first, m);
        double best = bound;
        long bestMask = 0;
        long prev = first;
        for (long mask : combos) {
            if (mask != prev) {
                long diff = mask ^ prev;
                int in = Long.numberOfTrailingZeros(diff & mask);
                int out = Long.numberOfTrailingZeros(diff & prev);
                long restA = prev & ~(1L << out);
                long restB = (full & ~prev) & ~(1L << in);
                da += rowSum(in, restA) - rowSum(out, restA);
                db += rowSum(out, restB) - rowSum(in, restB);
                prev = mask;
            }
            double c = -(da + db);
            if (penalty) {
                c += lambda * repeated(mask, m);
            }
            if (c < best && mask != identity && mask != identityMirror) {
                long chosen = splitRules.feasibleOrientation(mask, m, g, h, mirror);
                if (chosen != 0) {
                    best = c;
                    bestMask = chosen;
                }
            }
        }
        return bestMask;
    }

    private double rowSum(int a, long mask) {
        double s = 0;
        int o = a * 64;
        while (mask != 0) {
            int b = Long.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            s += dist[o + b];
        }
        return s;
    }

    private double withinSum(long mask, int m) {
        double s = 0;
        for (int a = 0; a < m; a++) {
            if ((mask >>> a & 1) != 0) {
                s += rowSum(a, mask & ~((2L << a) - 1));
            }
        }
        return s;
    }

    /** Previous-group pairs inside side A plus inside side B. */
    private int repeated(long maskA, int m) {
        int pairs = 0;
        for (int a = 0; a < m; a++) {
            long same = sameLabel[a];
            if (same != 0) {
                boolean inA = (maskA >>> a & 1) != 0;
                pairs += Long.bitCount(same & (inA ? maskA : ~maskA));
            }
        }
        return pairs / 2;
    }

    /** Fallback for big groups: the best single exchange of two movable students. */
    private boolean bestSwap(int g, int h) {
        double best = -1e-12 - 1e-12 * Math.abs(p.cost[g] + p.cost[h]);
        int bi = -1;
        int bj = -1;
        for (int s = p.start[g]; s < p.start[g + 1]; s++) {
            int i = p.members[s];
            if (!rules.movable(i)) {
                continue;
            }
            for (int t = p.start[h]; t < p.start[h + 1]; t++) {
                int j = p.members[t];
                if (!rules.movable(j)) {
                    continue;
                }
                double d = swapDelta(i, j, g, h);
                if (d < best && rules.swapKeepsRules(p, i, j)) {
                    best = d;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (bi < 0) {
            return false;
        }
        p.swap(bi, bj);
        return true;
    }

    /** Cost change of exchanging i (in g) and j (in h). O(d) for variance, O(n·d) for diversity. */
    double swapDelta(int i, int j, int g, int h) {
        double d;
        if (diversity) {
            d = 0;
            for (int s = p.start[g]; s < p.start[g + 1]; s++) {
                int a = p.members[s];
                if (a != i) {
                    d += GroupCost.distance(x, dim, i, a) - GroupCost.distance(x, dim, j, a);
                }
            }
            for (int s = p.start[h]; s < p.start[h + 1]; s++) {
                int a = p.members[s];
                if (a != j) {
                    d += GroupCost.distance(x, dim, j, a) - GroupCost.distance(x, dim, i, a);
                }
            }
        } else {
            double ca = 0;
            double cb = 0;
            double oa = 0;
            double ob = 0;
            int io = i * dim;
            int jo = j * dim;
            for (int q = 0; q < dim; q++) {
                double delta = x[jo + q] - x[io + q];
                double sg = p.sums[g * dim + q];
                double sh = p.sums[h * dim + q];
                oa += sg * sg;
                ob += sh * sh;
                ca += (sg + delta) * (sg + delta);
                cb += (sh - delta) * (sh - delta);
            }
            d = (ca - oa) / p.sizes[g] + (cb - ob) / p.sizes[h];
        }
        if (penalty) {
            d += lambda * (repeatsWith(j, g, i) - repeatsWith(i, g, i) + repeatsWith(i, h, j) - repeatsWith(j, h, j));
        }
        return d;
    }

    /** Members of group g other than {@code skip} sharing a previous label with student s. */
    private int repeatsWith(int s, int g, int skip) {
        int ls = label[s];
        if (ls < 0) {
            return 0;
        }
        int c = 0;
        for (int t = p.start[g]; t < p.start[g + 1]; t++) {
            int a = p.members[t];
            if (a != skip && a != s && label[a] == ls) {
                c++;
            }
        }
        return c;
    }
}
