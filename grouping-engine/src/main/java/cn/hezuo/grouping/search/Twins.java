package cn.hezuo.grouping.search;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Perturbations for the iterated local search: swap a random movable student with a student of
 * the same class who is close in feature space (a neighbour in the class's order along the first
 * principal axis). Same class means no count rule can break; closeness keeps the kick small, so
 * the following descent explores a nearby basin instead of starting over.
 */
final class Twins {

    private static final int WINDOW = 4;

    private final Partition p;
    private final Rules rules;
    private final SplittableRandom rnd;
    private final int[] movable;
    private final int[] order;
    private final int[] position;
    private int lastG;
    private int lastH;

    Twins(Partition p, Rules rules, SplittableRandom rnd) {
        this.p = p;
        this.rules = rules;
        this.rnd = rnd;
        int n = p.n;
        int[] cls = p.model.classOf();
        double[] axis = Projection.principalAxes(p.x, n, p.dim, 1);
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int q = 0; q < p.dim; q++) {
                s += axis[q] * p.x[i * p.dim + q];
            }
            key[i] = s;
        }
        movable = java.util.stream.IntStream.range(0, n).filter(rules::movable).toArray();
        Integer[] sorted = Arrays.stream(movable).boxed().toArray(Integer[]::new);
        Arrays.sort(sorted, (a, b) -> cls[a] != cls[b] ? Integer.compare(cls[a], cls[b]) : Double.compare(key[a], key[b]));
        order = new int[sorted.length];
        position = new int[n];
        for (int t = 0; t < sorted.length; t++) {
            order[t] = sorted[t];
            position[sorted[t]] = t;
        }
    }

    /** Whether any perturbation is possible at all. */
    boolean any() {
        return movable.length >= 2;
    }

    /** Applies one perturbation swap; false if the drawn one was not allowed. */
    boolean kick() {
        int i = movable[rnd.nextInt(movable.length)];
        int cls = p.model.classOf()[i];
        int pos = position[i];
        int offset = 1 + rnd.nextInt(WINDOW);
        int t = rnd.nextBoolean() ? pos + offset : pos - offset;
        if (t < 0 || t >= order.length || p.model.classOf()[order[t]] != cls) {
            t = rnd.nextBoolean() ? pos + 1 : pos - 1;
            if (t < 0 || t >= order.length || p.model.classOf()[order[t]] != cls) {
                return false;
            }
        }
        int j = order[t];
        lastG = p.groupOf[i];
        lastH = p.groupOf[j];
        if (lastG == lastH || !rules.swapKeepsRules(p, i, j)) {
            return false;
        }
        p.swap(i, j);
        return true;
    }

    int lastG() {
        return lastG;
    }

    int lastH() {
        return lastH;
    }
}
