package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A start that satisfies the hard rules in the usual case (balance comes afterwards, from
 * {@link Redeal}). Fixed students go first, then keep-together units (largest first), then everyone
 * else class by class, rarest class first (a class = one combination of all rule categories, e.g.
 * girl × top tier). Each goes to the group that breaks the fewest maxima and keep-apart pairs and
 * most needs their categories (minima first), among a window of {@value #WINDOW} open groups taken
 * round-robin; only when every group in the window would break a rule are all open groups
 * examined. O(N·W·R) for R rules; {@link Repair} fixes what is left.
 */
final class ConstructiveStart {

    static final int WINDOW = 64;

    private final Model m;
    private final CountRule[] rules;
    private final int[][] counts;
    private final int[] room;
    private final int[] groupOf;
    private final int[] open;
    private final int[] openPos;
    private int openCount;
    private int cursor;

    private ConstructiveStart(Model m) {
        this.m = m;
        this.rules = m.rules();
        counts = new int[rules.length][];
        for (int r = 0; r < rules.length; r++) {
            counts[r] = new int[m.k() * rules[r].categoryCount()];
        }
        room = m.sizes().clone();
        groupOf = new int[m.n()];
        Arrays.fill(groupOf, -1);
        open = new int[m.k()];
        openPos = new int[m.k()];
        for (int g = 0; g < m.k(); g++) {
            open[g] = g;
            openPos[g] = g;
        }
        openCount = m.k();
    }

    static int[] build(Model m, SplittableRandom rnd) {
        return new ConstructiveStart(m).run(rnd);
    }

    private int[] run(SplittableRandom rnd) {
        int n = m.n();
        int[] fixed = m.fixedGroup();
        for (int i = 0; i < n; i++) {
            if (fixed[i] >= 0) {
                place(i, fixed[i]);
            }
        }
        List<int[]> units = new ArrayList<>();
        for (int[] unit : m.units()) {
            if (fixed[unit[0]] < 0) {
                units.add(unit);
            }
        }
        units.sort((a, b) -> b.length - a.length);
        cursor = rnd.nextInt(m.k());
        for (int[] unit : units) {
            int g = chooseGroup(unit, true);
            for (int i : unit) {
                place(i, g);
            }
        }
        for (int i : singletonOrder(rnd)) {
            place(i, chooseGroup(new int[] {i}, false));
        }
        return groupOf;
    }

    /** Free, non-unit students grouped by class, rarest class first, random order inside a class. */
    private int[] singletonOrder(SplittableRandom rnd) {
        int n = m.n();
        int[] cls = m.classOf();
        int[] classSize = new int[m.classCount()];
        for (int i = 0; i < n; i++) {
            classSize[cls[i]]++;
        }
        double[] tie = new double[n];
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (groupOf[i] < 0) {
                free.add(i);
                tie[i] = rnd.nextDouble();
            }
        }
        free.sort((a, b) -> {
            if (cls[a] != cls[b]) {
                return classSize[cls[a]] != classSize[cls[b]] ? classSize[cls[a]] - classSize[cls[b]] : cls[a] - cls[b];
            }
            return Double.compare(tie[a], tie[b]);
        });
        return free.stream().mapToInt(Integer::intValue).toArray();
    }

    /** See the class comment. {@code wholeList} examines every open group (used for units). */
    private int chooseGroup(int[] who, boolean wholeList) {
        int best = -1;
        int bestBreaks = Integer.MAX_VALUE;
        double bestNeed = Double.NEGATIVE_INFINITY;
        int examined = 0;
        for (int step = 0; step < openCount; step++) {
            if (!wholeList && examined >= WINDOW && bestBreaks == 0) {
                break;
            }
            int g = open[(cursor + step) % openCount];
            if (room[g] < who.length) {
                continue;
            }
            examined++;
            int breaks = 0;
            double need = 0;
            for (int r = 0; r < rules.length; r++) {
                CountRule rule = rules[r];
                int c = rule.categoryCount();
                for (int i : who) {
                    int cat = rule.categoryOf(i);
                    if (cat < 0) {
                        continue;
                    }
                    int cnt = counts[r][g * c + cat];
                    if (cnt + 1 > rule.hi(g, cat)) {
                        breaks++;
                    }
                    need += 4.0 * Math.max(0, rule.lo(g, cat) - cnt)
                            + (double) (rule.hi(g, cat) - cnt) / (rule.hi(g, cat) + 1);
                }
            }
            for (int i : who) {
                for (int a : m.apart()[i]) {
                    if (groupOf[a] == g) {
                        breaks++;
                    }
                }
            }
            if (breaks < bestBreaks || (breaks == bestBreaks && need > bestNeed + 1e-12)) {
                best = g;
                bestBreaks = breaks;
                bestNeed = need;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no group has room; packing was checked up front");
        }
        cursor++;
        return best;
    }

    private void place(int i, int g) {
        groupOf[i] = g;
        if (--room[g] == 0) {
            int pos = openPos[g];
            int last = open[--openCount];
            open[pos] = last;
            openPos[last] = pos;
        }
        for (int r = 0; r < rules.length; r++) {
            int cat = rules[r].categoryOf(i);
            if (cat >= 0) {
                counts[r][g * rules[r].categoryCount() + cat]++;
            }
        }
    }
}
