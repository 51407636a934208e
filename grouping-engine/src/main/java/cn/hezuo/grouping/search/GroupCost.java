package cn.hezuo.grouping.search;

import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.prepare.Model;

/**
 * The cost the search minimises, as a sum over groups (every objective here is separable by
 * group, which is what lets moves be evaluated locally).
 *
 * <ul>
 *   <li>VARIANCE and KPLUS: {@code ||S_g||² / n_g}, with {@code S_g} the sum of the group's search
 *       coordinates. Because coordinates are centred over the roster, the sum over groups is the
 *       between-group sum of squares, and minimising it maximises the k-means criterion.</li>
 *   <li>DIVERSITY: minus the sum of within-group Euclidean distances.</li>
 *   <li>plus {@code repeatPenalty} for every pair that was together in the previous grouping.</li>
 * </ul>
 */
interface GroupCost {

    double groupCost(Partition p, int g);

    static GroupCost of(Model m) {
        boolean previous = m.hasPrevious() && m.repeatPenalty() > 0;
        GroupCost base = m.objective() == Objective.DIVERSITY ? GroupCost::diversity : GroupCost::centroid;
        if (!previous) {
            return base;
        }
        int[] label = m.previousLabel();
        double lambda = m.repeatPenalty();
        return (p, g) -> base.groupCost(p, g) + lambda * repeatedPairs(p.members, p.start[g], p.start[g + 1], label);
    }

    static double centroid(Partition p, int g) {
        double s = 0;
        int o = g * p.dim;
        for (int q = 0; q < p.dim; q++) {
            double v = p.sums[o + q];
            s += v * v;
        }
        return s / p.sizes[g];
    }

    static double diversity(Partition p, int g) {
        double sum = 0;
        for (int a = p.start[g]; a < p.start[g + 1]; a++) {
            for (int b = a + 1; b < p.start[g + 1]; b++) {
                sum += distance(p.x, p.dim, p.members[a], p.members[b]);
            }
        }
        return -sum;
    }

    static double distance(double[] x, int dim, int i, int j) {
        double s = 0;
        int oi = i * dim;
        int oj = j * dim;
        for (int q = 0; q < dim; q++) {
            double t = x[oi + q] - x[oj + q];
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** Pairs among members[from..to) that share a previous label. */
    static int repeatedPairs(int[] members, int from, int to, int[] label) {
        int pairs = 0;
        for (int a = from; a < to; a++) {
            int la = label[members[a]];
            if (la < 0) {
                continue;
            }
            for (int b = a + 1; b < to; b++) {
                if (label[members[b]] == la) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
