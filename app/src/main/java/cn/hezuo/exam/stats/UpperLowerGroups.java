package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The upper and lower 27 % groups behind the discrimination index D.
 *
 * <p>k = floor(0.27·N + 0.5), computed exactly in integers as (27·N + 50) div 100. The upper cut is the k-th highest
 * total and the lower cut the k-th lowest; U = {T ≥ upperCut} and L = {T ≤ lowerCut}, so every student tied at a cut
 * is in the group and a group can hold more than k students. Membership is decided by the total alone:
 * {@link #inUpper(double)} and {@link #inLower(double)}. With N ≤ 1, k = 0, the cuts are NaN and both groups empty.
 *
 * <p>The strict groups behind {@code discrimination_D_strict_k} hold exactly k students each: sorted by total
 * descending, then student id ascending ({@link String#compareTo}, i.e. code-point order), U is the first k and L the
 * last k.
 */
public record UpperLowerGroups(int k, double upperCut, double lowerCut, int upperSize, int lowerSize) {

    static final byte UPPER = 1;
    static final byte LOWER = 2;
    static final byte STRICT_UPPER = 4;
    static final byte STRICT_LOWER = 8;

    public static int groupSize(int n) {
        return (int) ((27L * n + 50) / 100);
    }

    public static UpperLowerGroups of(ScoreTable scores) {
        double[] sorted = scores.totals();
        Arrays.sort(sorted);
        int n = sorted.length;
        int k = groupSize(n);
        if (k == 0) {
            return new UpperLowerGroups(0, Double.NaN, Double.NaN, 0, 0);
        }
        double upperCut = sorted[n - k];
        double lowerCut = sorted[k - 1];
        int upperSize = n - Ranking.countLess(sorted, upperCut);
        int lowerSize = Ranking.countAtMost(sorted, lowerCut);
        return new UpperLowerGroups(k, upperCut, lowerCut, upperSize, lowerSize);
    }

    public boolean inUpper(double total) {
        return total >= upperCut;
    }

    public boolean inLower(double total) {
        return total <= lowerCut;
    }

    /** Per row, the bits {@link #UPPER}, {@link #LOWER}, {@link #STRICT_UPPER}, {@link #STRICT_LOWER}. */
    byte[] membership(ScoreTable scores) {
        double[] totals = scores.totalsArray();
        byte[] flags = new byte[totals.length];
        if (k == 0) {
            return flags;
        }
        List<Integer> tiedAtUpper = new ArrayList<>();
        List<Integer> tiedAtLower = new ArrayList<>();
        int strictlyAbove = 0;
        int strictlyBelow = 0;
        for (int row = 0; row < totals.length; row++) {
            double t = totals[row];
            if (t > upperCut) {
                flags[row] |= UPPER | STRICT_UPPER;
                strictlyAbove++;
            } else if (t == upperCut) {
                flags[row] |= UPPER;
                tiedAtUpper.add(row);
            }
            if (t < lowerCut) {
                flags[row] |= LOWER | STRICT_LOWER;
                strictlyBelow++;
            } else if (t == lowerCut) {
                flags[row] |= LOWER;
                tiedAtLower.add(row);
            }
        }
        String[] ids = scores.studentIdArray();
        tiedAtUpper.sort((a, b) -> ids[a].compareTo(ids[b]));
        tiedAtLower.sort((a, b) -> ids[a].compareTo(ids[b]));
        // The first k in (total desc, id asc) order take the smallest ids among the upper ties; the last k take the
        // largest ids among the lower ties.
        for (int r = 0; r < k - strictlyAbove; r++) {
            flags[tiedAtUpper.get(r)] |= STRICT_UPPER;
        }
        for (int r = 0; r < k - strictlyBelow; r++) {
            flags[tiedAtLower.get(tiedAtLower.size() - 1 - r)] |= STRICT_LOWER;
        }
        return flags;
    }
}
