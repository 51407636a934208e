package cn.hezuo.grouping.cli;

import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.Student;
import cn.hezuo.grouping.prepare.SizePlan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reference groupings for benchmarks ({@code --method random|snake}, not in --help): a random split
 * into the planned sizes, and the snake draft (蛇形排列) teachers do by hand — rank by total score,
 * deal 1..K, K..1, 1..K, … Neither looks at categories or constraints.
 */
final class Baselines {

    private Baselines() {
    }

    static int[] random(GroupingProblem problem, long seed) {
        int n = problem.students().size();
        int[] sizes = SizePlan.sizes(n, problem.options());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        return dealInOrder(order, sizes, false);
    }

    static int[] snake(GroupingProblem problem) {
        int n = problem.students().size();
        int[] sizes = SizePlan.sizes(n, problem.options());
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            Student s = problem.students().get(i);
            for (double v : s.features()) {
                total[i] += Double.isNaN(v) ? 0 : v;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(total[b], total[a]));
        return dealInOrder(order, sizes, true);
    }

    /** Deals students into slots layer by layer: 1..K, then K..1 (snake) or 1..K again. */
    private static int[] dealInOrder(List<Integer> order, int[] sizes, boolean snake) {
        int k = sizes.length;
        int max = 0;
        for (int s : sizes) {
            max = Math.max(max, s);
        }
        List<Integer> slots = new ArrayList<>();
        for (int layer = 0; layer < max; layer++) {
            boolean forward = !snake || layer % 2 == 0;
            for (int t = 0; t < k; t++) {
                int g = forward ? t : k - 1 - t;
                if (sizes[g] > layer) {
                    slots.add(g);
                }
            }
        }
        int[] groupOf = new int[order.size()];
        for (int t = 0; t < order.size(); t++) {
            groupOf[order.get(t)] = slots.get(t);
        }
        return groupOf;
    }
}
