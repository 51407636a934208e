package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

/**
 * The hard rules for one re-partition of two groups g and h, precomputed as bit masks over the
 * m ≤ 63 students involved so that checking a split (side A → g, the rest → h) costs a few bit
 * operations per rule: fixed students stay on their side, keep-together units stay whole,
 * keep-apart pairs are split, and for every count rule the categories present among the m students
 * land within both groups' bounds ({@code popcount(A & students of category c)}).
 */
final class SplitRules {

    private final CountRule[] rules;
    private final int[] fixed;
    private final int[] unitOf;
    private final int[][] apart;

    /** Per rule: categories present among the m students, their member masks and totals. */
    private final int[][] presentCat;
    private final long[][] presentMask;
    private final int[][] presentTotal;
    private final int[] presentCount;
    private final int[] catSlot;
    private long mustA;
    private long mustB;
    private final long[] unitMasks = new long[32];
    private int unitCount;
    private final int[] apartA = new int[128];
    private final int[] apartB = new int[128];
    private int apartCount;

    SplitRules(Model m) {
        this.rules = m.rules();
        this.fixed = m.fixedGroup();
        this.unitOf = m.unitOf();
        this.apart = m.apart();
        presentCat = new int[rules.length][64];
        presentMask = new long[rules.length][64];
        presentTotal = new int[rules.length][64];
        presentCount = new int[rules.length];
        int maxCats = 1;
        for (CountRule r : rules) {
            maxCats = Math.max(maxCats, r.categoryCount());
        }
        catSlot = new int[maxCats];
        java.util.Arrays.fill(catSlot, -1);
    }

    /** Prepares the masks for students u[0..m) of groups g (first) and h. */
    void load(int[] u, int m, int g, int h) {
        for (int r = 0; r < rules.length; r++) {
            int pc = 0;
            for (int k = 0; k < m; k++) {
                int c = rules[r].categoryOf(u[k]);
                if (c < 0) {
                    continue;
                }
                int slot = catSlot[c];
                if (slot < 0) {
                    slot = pc++;
                    catSlot[c] = slot;
                    presentCat[r][slot] = c;
                    presentMask[r][slot] = 0;
                    presentTotal[r][slot] = 0;
                }
                presentMask[r][slot] |= 1L << k;
                presentTotal[r][slot]++;
            }
            for (int t = 0; t < pc; t++) {
                catSlot[presentCat[r][t]] = -1;
            }
            presentCount[r] = pc;
        }
        mustA = 0;
        mustB = 0;
        unitCount = 0;
        apartCount = 0;
        for (int k = 0; k < m; k++) {
            int i = u[k];
            if (fixed[i] == g) {
                mustA |= 1L << k;
            } else if (fixed[i] == h) {
                mustB |= 1L << k;
            }
            if (unitOf[i] >= 0) {
                loadUnit(u, m, k);
            }
            for (int j : apart[i]) {
                for (int t = k + 1; t < m; t++) {
                    if (u[t] == j && apartCount < apartA.length) {
                        apartA[apartCount] = k;
                        apartB[apartCount] = t;
                        apartCount++;
                    }
                }
            }
        }
    }

    /** Records the unit of student u[k] once, from its first member among the m. */
    private void loadUnit(int[] u, int m, int k) {
        long um = 0;
        for (int t = 0; t < m; t++) {
            if (unitOf[u[t]] == unitOf[u[k]]) {
                if (t < k) {
                    return;
                }
                um |= 1L << t;
            }
        }
        unitMasks[unitCount++] = um;
    }

    /**
     * The mask (side A → group g) if that split keeps every rule; for mirror enumeration (equal
     * sizes) also its complement. Returns 0 if neither orientation is allowed.
     */
    long feasibleOrientation(long mask, int m, int g, int h, boolean mirror) {
        if (allowed(mask, g, h)) {
            return mask;
        }
        if (mirror) {
            long other = (m == 64 ? -1L : (1L << m) - 1) & ~mask;
            if (allowed(other, g, h)) {
                return other;
            }
        }
        return 0;
    }

    private boolean allowed(long maskA, int g, int h) {
        if ((maskA & mustA) != mustA || (maskA & mustB) != 0) {
            return false;
        }
        for (int t = 0; t < unitCount; t++) {
            long in = maskA & unitMasks[t];
            if (in != 0 && in != unitMasks[t]) {
                return false;
            }
        }
        for (int t = 0; t < apartCount; t++) {
            if (((maskA >>> apartA[t] ^ maskA >>> apartB[t]) & 1) == 0) {
                return false;
            }
        }
        for (int r = 0; r < rules.length; r++) {
            CountRule rule = rules[r];
            long[] masks = presentMask[r];
            int[] cats = presentCat[r];
            int[] tots = presentTotal[r];
            for (int t = 0, pc = presentCount[r]; t < pc; t++) {
                int c = cats[t];
                int a = Long.bitCount(maskA & masks[t]);
                int b = tots[t] - a;
                if (a < rule.lo(g, c) || a > rule.hi(g, c) || b < rule.lo(h, c) || b > rule.hi(h, c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
