package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Messages;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Drives the rule violations of a start to zero with directed swaps of movable students. For a
 * group short of category c it looks for a student of c in a group that can spare one; for a
 * surplus the reverse; for two keep-apart students in one group, a same-class student elsewhere.
 * A swap is taken if it lowers the total violation (sideways now and then, to leave plateaus).
 * Usually the constructive start needs little or no repair. If violations remain after the step
 * budget the rules are taken to contradict each other and a
 * {@code grouping.infeasible.constraints} error lists what could not be met.
 */
final class Repair {

    private final Partition p;
    private final Rules rules;
    private final SplittableRandom rnd;
    private final CountRule[] countRules;
    private final int[] movable;

    private Repair(Partition p, Rules rules, SplittableRandom rnd) {
        this.p = p;
        this.rules = rules;
        this.rnd = rnd;
        this.countRules = p.model.rules();
        this.movable = java.util.stream.IntStream.range(0, p.n).filter(rules::movable).toArray();
    }

    static void run(Partition p, Rules rules, SplittableRandom rnd) {
        if (rules.violations(p) > 0) {
            new Repair(p, rules, rnd).repair();
        }
    }

    private void repair() {
        int v = rules.violations(p);
        long budget = 1000L + 20L * p.n;
        for (long step = 0; step < budget && v > 0 && movable.length > 1; step++) {
            int g = violatingGroup();
            int delta = fixGroup(g, step % 7 == 6);
            v += delta;
        }
        v = rules.violations(p);
        if (v > 0) {
            List<String> what = rules.describe(p);
            String shown = String.join("; ", what.subList(0, Math.min(3, what.size())))
                    + (what.size() > 3 ? "; …" : "");
            throw Messages.error("grouping.infeasible.constraints", shown);
        }
    }

    /** One repair step for group g; returns the change in violation. */
    private int fixGroup(int g, boolean allowSideways) {
        int bestI = -1;
        int bestJ = -1;
        int bestDelta = Integer.MAX_VALUE;
        int tries = Math.min(movable.length, 64);
        for (int s = p.start[g]; s < p.start[g + 1]; s++) {
            int i = p.members[s];
            if (!rules.movable(i)) {
                continue;
            }
            for (int t = 0; t < tries; t++) {
                int j = movable[rnd.nextInt(movable.length)];
                int h = p.groupOf[j];
                if (h == g || !promising(g, h, i, j)) {
                    continue;
                }
                int d = deltaOfSwap(i, j, g, h);
                if (d < bestDelta) {
                    bestDelta = d;
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (bestI < 0) {
            return 0;
        }
        if (bestDelta < 0 || (bestDelta == 0 && allowSideways) || (allowSideways && rnd.nextInt(20) == 0)) {
            p.swap(bestI, bestJ);
            return bestDelta;
        }
        return 0;
    }

    /**
     * Cheap filter: the swap changes some category of a violated rule in g (or moves a student
     * with an apart partner in g); otherwise it cannot help g.
     */
    private boolean promising(int g, int h, int i, int j) {
        for (int a : p.model.apart()[i]) {
            if (p.groupOf[a] == g) {
                return true;
            }
        }
        for (int r = 0; r < countRules.length; r++) {
            CountRule rule = countRules[r];
            int ci = rule.categoryOf(i);
            int cj = rule.categoryOf(j);
            if (ci == cj) {
                continue;
            }
            int c = rule.categoryCount();
            if (ci >= 0 && p.counts[r][g * c + ci] > rule.hi(g, ci)) {
                return true;
            }
            if (cj >= 0 && p.counts[r][g * c + cj] < rule.lo(g, cj)) {
                return true;
            }
        }
        return false;
    }

    private int deltaOfSwap(int i, int j, int g, int h) {
        int before = rules.groupViolations(p, g) + rules.groupViolations(p, h);
        p.swap(i, j);
        int after = rules.groupViolations(p, g) + rules.groupViolations(p, h);
        p.swap(i, j);
        return after - before;
    }

    /** A group that breaks a rule, starting from a random one. */
    private int violatingGroup() {
        int start = rnd.nextInt(p.k);
        for (int t = 0; t < p.k; t++) {
            int g = (start + t) % p.k;
            if (rules.groupViolations(p, g) > 0) {
                return g;
            }
        }
        return start;
    }
}
