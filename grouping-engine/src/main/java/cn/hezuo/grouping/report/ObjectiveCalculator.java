package cn.hezuo.grouping.report;

import cn.hezuo.grouping.ObjectiveValues;
import cn.hezuo.grouping.prepare.Model;
import cn.hezuo.grouping.prepare.Standardiser;

/**
 * Objective values on the unweighted z-scores of the objective features, with the definitions of
 * {@code score.py} (and anticlust): k-means criterion, between-group SS, squared and plain
 * Euclidean diversity, and the k-plus criterion on {@code [z, scale(z²)]}. O(N·d + Σ n_g²·d).
 */
final class ObjectiveCalculator {

    private ObjectiveCalculator() {
    }

    static ObjectiveValues compute(Model m, int[] groupOf) {
        int n = m.n();
        int k = m.k();
        int d = m.features().d();
        double[] z = m.features().z();
        double total = 0;
        for (double v : z) {
            total += v * v;
        }
        double within = withinSs(z, n, d, groupOf, k);
        double[] squares = Standardiser.kplusSquares(z, n, d);
        double[] both = new double[n * 2 * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(z, i * d, both, i * 2 * d, d);
            System.arraycopy(squares, i * d, both, i * 2 * d + d, d);
        }
        double kplus = withinSs(both, n, 2 * d, groupOf, k);
        int[] sizes = new int[k];
        for (int g : groupOf) {
            sizes[g]++;
        }
        double diversity = 0;
        double[] perGroupWithin = perGroupWithin(z, n, d, groupOf, k);
        for (int g = 0; g < k; g++) {
            diversity += sizes[g] * perGroupWithin[g];
        }
        double euclid = 0;
        int[][] members = Members.of(groupOf, k);
        for (int[] group : members) {
            for (int a = 0; a < group.length; a++) {
                for (int b = a + 1; b < group.length; b++) {
                    double s = 0;
                    for (int q = 0; q < d; q++) {
                        double t = z[group[a] * d + q] - z[group[b] * d + q];
                        s += t * t;
                    }
                    euclid += Math.sqrt(s);
                }
            }
        }
        return new ObjectiveValues(within, total - within, diversity, euclid, kplus, repeatedPairs(m, members));
    }

    /** Σ_g Σ_{i∈g} ||x_i − c_g||². */
    static double withinSs(double[] x, int n, int d, int[] groupOf, int k) {
        double s = 0;
        for (double v : perGroupWithin(x, n, d, groupOf, k)) {
            s += v;
        }
        return s;
    }

    private static double[] perGroupWithin(double[] x, int n, int d, int[] groupOf, int k) {
        double[] sum = new double[k * d];
        double[] sq = new double[k];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            size[g]++;
            for (int q = 0; q < d; q++) {
                double v = x[i * d + q];
                sum[g * d + q] += v;
                sq[g] += v * v;
            }
        }
        double[] out = new double[k];
        for (int g = 0; g < k; g++) {
            double c = 0;
            for (int q = 0; q < d; q++) {
                c += sum[g * d + q] * sum[g * d + q];
            }
            out[g] = size[g] == 0 ? 0 : sq[g] - c / size[g];
        }
        return out;
    }

    private static int repeatedPairs(Model m, int[][] members) {
        int[] label = m.previousLabel();
        int pairs = 0;
        for (int[] group : members) {
            for (int a = 0; a < group.length; a++) {
                for (int b = a + 1; b < group.length; b++) {
                    if (label[group[a]] >= 0 && label[group[a]] == label[group[b]]) {
                        pairs++;
                    }
                }
            }
        }
        return pairs;
    }
}
