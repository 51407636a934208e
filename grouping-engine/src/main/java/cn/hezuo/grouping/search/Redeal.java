package cn.hezuo.grouping.search;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Re-deals a feasible start for balance without changing any count: every movable student goes
 * back into a free slot of their own class (students equal under every count rule), so all count
 * rules still hold. Students are taken by decreasing distance from the class centre and each goes
 * to the group whose running feature sum it pulls closest to zero (the group g with the smallest
 * {@code S_g · x_i}) — the largest-first greedy for number partitioning, in several dimensions; a
 * multi-dimensional cousin of the snake draft (蛇形排列) teachers use. For large classes only a
 * sample of 64 groups with a free slot is examined. O(N log N + N·64·d).
 */
final class Redeal {

    private static final int SAMPLE = 64;

    private Redeal() {
    }

    static int[] redeal(Partition p, Rules rules, SplittableRandom rnd) {
        int n = p.n;
        int k = p.k;
        int dim = p.dim;
        int classes = p.model.classCount();
        int[] cls = p.model.classOf();
        int[] assignment = p.assignment();
        double[] sums = new double[k * dim];
        int[] free = new int[k * classes];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (rules.movable(i)) {
                free[assignment[i] * classes + cls[i]]++;
                count++;
            } else {
                for (int q = 0; q < dim; q++) {
                    sums[assignment[i] * dim + q] += p.x[i * dim + q];
                }
            }
        }
        // Per class, the groups that still have a free slot of it (swap-remove when full).
        int[][] open = new int[classes][];
        int[] openCount = new int[classes];
        int[] openPos = new int[k * classes];
        for (int c = 0; c < classes; c++) {
            int cnt = 0;
            for (int g = 0; g < k; g++) {
                if (free[g * classes + c] > 0) {
                    cnt++;
                }
            }
            open[c] = new int[cnt];
            for (int g = 0; g < k; g++) {
                if (free[g * classes + c] > 0) {
                    openPos[g * classes + c] = openCount[c];
                    open[c][openCount[c]++] = g;
                }
            }
        }
        Integer[] order = new Integer[count];
        double[] norm = new double[n];
        int t = 0;
        for (int i = 0; i < n; i++) {
            if (rules.movable(i)) {
                order[t++] = i;
                double s = 0;
                for (int q = 0; q < dim; q++) {
                    s += p.x[i * dim + q] * p.x[i * dim + q];
                }
                norm[i] = s;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(norm[b], norm[a]));
        for (Integer boxed : order) {
            int i = boxed;
            int c = cls[i];
            int g = bestGroup(open[c], openCount[c], sums, p.x, i, dim, rnd);
            assignment[i] = g;
            for (int q = 0; q < dim; q++) {
                sums[g * dim + q] += p.x[i * dim + q];
            }
            if (--free[g * classes + c] == 0) {
                int pos = openPos[g * classes + c];
                int last = open[c][--openCount[c]];
                open[c][pos] = last;
                openPos[last * classes + c] = pos;
            }
        }
        return assignment;
    }

    /** The candidate group minimising S_g · x_i (all of them, or a random sample). */
    private static int bestGroup(int[] groups, int count, double[] sums, double[] x, int i, int dim,
                                 SplittableRandom rnd) {
        int best = -1;
        double bestDot = Double.POSITIVE_INFINITY;
        int tries = Math.min(count, SAMPLE);
        for (int t = 0; t < tries; t++) {
            int g = count <= SAMPLE ? groups[t] : groups[rnd.nextInt(count)];
            double dot = 0;
            for (int q = 0; q < dim; q++) {
                dot += sums[g * dim + q] * x[i * dim + q];
            }
            if (dot < bestDot || (dot == bestDot && g < best)) {
                bestDot = dot;
                best = g;
            }
        }
        return best;
    }
}
