package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The count rules as {@link ResidualIndex} needs them. Rules without slack (lower bound = upper
 * bound in every group, e.g. tier quotas) are honoured by only pairing subsets of the same classes
 * under them (the signature); rules with slack (balance bounds) are checked per candidate exchange
 * from the current group counts, O(subset size) per rule.
 */
final class ExchangeRules {

    private final Partition p;
    private final CountRule[] rules;
    private final boolean[] tight;
    private final int[] tightClass;
    private final long classBase;
    private final int[][] delta;
    private final int[] scratch = new int[32];

    ExchangeRules(Partition p) {
        this.p = p;
        this.rules = p.model.rules();
        this.tight = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            tight[r] = withoutSlack(rules[r], p.k);
        }
        this.tightClass = tightClasses();
        long max = 0;
        for (int c : tightClass) {
            max = Math.max(max, c);
        }
        this.classBase = max + 2;
        delta = new int[rules.length][];
        for (int r = 0; r < rules.length; r++) {
            delta[r] = new int[rules[r].categoryCount()];
        }
    }

    private static boolean withoutSlack(CountRule rule, int k) {
        for (int g = 0; g < k; g++) {
            for (int c = 0; c < rule.categoryCount(); c++) {
                if (rule.lo(g, c) != rule.hi(g, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Joint category of each student over the rules without slack. */
    private int[] tightClasses() {
        Map<List<Integer>, Integer> ids = new HashMap<>();
        int[] out = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            List<Integer> key = new ArrayList<>();
            for (int r = 0; r < rules.length; r++) {
                if (tight[r]) {
                    key.add(rules[r].categoryOf(i));
                }
            }
            out[i] = ids.computeIfAbsent(key, x -> ids.size());
        }
        return out;
    }

    int tightClass(int student) {
        return tightClass[student];
    }

    /** Subset size and sorted tight classes in one number; only equal signatures may be exchanged. */
    long signature(int[] classes, int mask) {
        int cnt = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            scratch[cnt++] = classes[Integer.numberOfTrailingZeros(m)];
        }
        for (int i = 1; i < cnt; i++) {
            for (int j = i; j > 0 && scratch[j] < scratch[j - 1]; j--) {
                int t = scratch[j];
                scratch[j] = scratch[j - 1];
                scratch[j - 1] = t;
            }
        }
        long sig = cnt;
        for (int t = 0; t < cnt; t++) {
            sig = sig * classBase + scratch[t] + 1;
        }
        return sig;
    }

    /** Whether exchanging subset A of g (slots maskA) for subset B of h (slots maskB) keeps the slack rules. */
    boolean allow(int g, int maskA, int h, int maskB) {
        int baseA = p.start[g];
        int baseB = p.start[h];
        for (int r = 0; r < rules.length; r++) {
            if (tight[r]) {
                continue;
            }
            CountRule rule = rules[r];
            int[] d = delta[r];
            add(rule, baseA, maskA, d, -1);
            add(rule, baseB, maskB, d, +1);
            boolean ok = holds(rule, r, g, h, baseA, maskA, d) && holds(rule, r, g, h, baseB, maskB, d);
            add(rule, baseA, maskA, d, 0);
            add(rule, baseB, maskB, d, 0);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** d[c] += sign for every member of the subset; sign 0 resets the touched entries. */
    private void add(CountRule rule, int base, int mask, int[] d, int sign) {
        for (int m = mask; m != 0; m &= m - 1) {
            int cat = rule.categoryOf(p.members[base + Integer.numberOfTrailingZeros(m)]);
            if (cat >= 0) {
                d[cat] = sign == 0 ? 0 : d[cat] + sign;
            }
        }
    }

    /** The categories occurring in one subset: g changes by +d, h by −d. */
    private boolean holds(CountRule rule, int r, int g, int h, int base, int mask, int[] d) {
        int cc = rule.categoryCount();
        for (int m = mask; m != 0; m &= m - 1) {
            int cat = rule.categoryOf(p.members[base + Integer.numberOfTrailingZeros(m)]);
            if (cat < 0 || d[cat] == 0) {
                continue;
            }
            int ng = p.counts[r][g * cc + cat] + d[cat];
            int nh = p.counts[r][h * cc + cat] - d[cat];
            if (ng < rule.lo(g, cat) || ng > rule.hi(g, cat) || nh < rule.lo(h, cat) || nh > rule.hi(h, cat)) {
                return false;
            }
        }
        return true;
    }
}
