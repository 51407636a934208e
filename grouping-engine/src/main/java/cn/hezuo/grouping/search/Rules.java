package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * The hard rules from the search's point of view: whether an exchange keeps them, and how far a
 * grouping is from meeting them ({@link #violations}), which the repair phase drives to zero.
 * One method per rule family; each check is O(1) per rule thanks to the incremental counts.
 */
final class Rules {

    private final Model model;
    private final CountRule[] rules;
    private final int[] fixed;
    private final int[] unitOf;
    private final int[][] apart;

    Rules(Model model) {
        this.model = model;
        this.rules = model.rules();
        this.fixed = model.fixedGroup();
        this.unitOf = model.unitOf();
        this.apart = model.apart();
    }

    /** A student that single swaps may move: not fixed and not part of a keep-together unit. */
    boolean movable(int i) {
        return fixed[i] < 0 && unitOf[i] < 0;
    }

    /** Whether exchanging i and j (in different groups, both movable) keeps every hard rule. */
    boolean swapKeepsRules(Partition p, int i, int j) {
        int g = p.groupOf[i];
        int h = p.groupOf[j];
        return countsAllowSwap(p, i, j, g, h) && apartAllowsSwap(p, i, j, g, h);
    }

    /** Count rules: g loses i's categories and gains j's, h the reverse; all must stay in bounds. */
    private boolean countsAllowSwap(Partition p, int i, int j, int g, int h) {
        for (int r = 0; r < rules.length; r++) {
            CountRule rule = rules[r];
            int ci = rule.categoryOf(i);
            int cj = rule.categoryOf(j);
            if (ci == cj) {
                continue;
            }
            int c = rule.categoryCount();
            int[] cnt = p.counts[r];
            if (ci >= 0 && (cnt[g * c + ci] - 1 < rule.lo(g, ci) || cnt[h * c + ci] + 1 > rule.hi(h, ci))) {
                return false;
            }
            if (cj >= 0 && (cnt[h * c + cj] - 1 < rule.lo(h, cj) || cnt[g * c + cj] + 1 > rule.hi(g, cj))) {
                return false;
            }
        }
        return true;
    }

    /** Keep-apart: i may not join a partner in h, nor j one in g. */
    private boolean apartAllowsSwap(Partition p, int i, int j, int g, int h) {
        for (int a : apart[i]) {
            if (a != j && p.groupOf[a] == h) {
                return false;
            }
        }
        for (int a : apart[j]) {
            if (a != i && p.groupOf[a] == g) {
                return false;
            }
        }
        return true;
    }

    /** Total violation: missing/excess category counts plus keep-apart pairs sharing a group. */
    int violations(Partition p) {
        int v = 0;
        for (int g = 0; g < p.k; g++) {
            v += groupViolations(p, g);
        }
        return v;
    }

    /** Violation attributable to group g (apart pairs counted once, from the lower index). */
    int groupViolations(Partition p, int g) {
        int v = 0;
        for (int r = 0; r < rules.length; r++) {
            CountRule rule = rules[r];
            int c = rule.categoryCount();
            for (int q = 0; q < c; q++) {
                int cnt = p.counts[r][g * c + q];
                v += Math.max(0, rule.lo(g, q) - cnt) + Math.max(0, cnt - rule.hi(g, q));
            }
        }
        for (int s = p.start[g]; s < p.start[g + 1]; s++) {
            int i = p.members[s];
            for (int a : apart[i]) {
                if (a > i && p.groupOf[a] == g) {
                    v++;
                }
            }
        }
        return v;
    }

    /** Plain-English list of what is still violated (for the infeasibility message). */
    List<String> describe(Partition p) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rules.length; r++) {
            CountRule rule = rules[r];
            int c = rule.categoryCount();
            for (int g = 0; g < p.k; g++) {
                for (int q = 0; q < c; q++) {
                    int cnt = p.counts[r][g * c + q];
                    if (cnt < rule.lo(g, q) || cnt > rule.hi(g, q)) {
                        out.add(rule.key() + " \"" + rule.category(q) + "\" in group " + (g + 1) + ": " + cnt
                                + " but needs " + range(rule.lo(g, q), rule.hi(g, q)));
                    }
                }
            }
        }
        for (int i = 0; i < p.n; i++) {
            for (int a : apart[i]) {
                if (a > i && p.groupOf[a] == p.groupOf[i]) {
                    out.add(model.id(i) + " and " + model.id(a) + " share group " + (p.groupOf[i] + 1));
                }
            }
        }
        return out;
    }

    private static String range(int lo, int hi) {
        return lo == hi ? String.valueOf(lo) : lo + "–" + hi;
    }
}
