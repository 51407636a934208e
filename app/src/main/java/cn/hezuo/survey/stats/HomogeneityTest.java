package cn.hezuo.survey.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.ChiSquareTest;

/**
 * Chi-square test of homogeneity for an r × c table of counts (rows: the surveys or the classes compared, columns:
 * the options), as R's {@code chisq.test(table, correct = FALSE)}, with Cramér's V and — when an expected count is
 * below 5 and the table has two rows — the exact Fisher–Freeman–Halton p-value of R's {@code fisher.test(table)}.
 *
 * <p>Options nobody chose in any row are left out first (their expected counts would be 0); {@link #columnsUsed}
 * says how many remain. Undefined (NaN, {@link Method#UNDEFINED}) when fewer than two rows or two columns have answers.
 *
 * <p>Formulas (docs/surveys.md §3): E_ij = R_i·C_j/N; X² = Σ (O_ij − E_ij)²/E_ij; df = (r−1)(c−1);
 * p = P(χ²_df ≥ X²); V = sqrt(X² / (N·(min(r, c) − 1))).
 */
public record HomogeneityTest(long n, int columnsUsed, double chiSquare, int df, double pAsymptotic,
        double pExact, double cramersV, double minExpected, Method method) {

    /** Which p-value {@link #p()} reports. */
    public enum Method {
        /** every expected count ≥ 5: the chi-square distribution is trusted */
        ASYMPTOTIC,
        /** some expected count &lt; 5: the exact Fisher–Freeman–Halton p-value */
        EXACT,
        /** some expected count &lt; 5 and no exact p (more than two rows, or too many tables): merge options */
        SMALL_EXPECTED_MERGE_OPTIONS,
        /** too little data for any test */
        UNDEFINED
    }

    /** Expected counts below this make the chi-square approximation doubtful (Cochran; R's warning threshold). */
    public static final double MIN_EXPECTED = 5.0;

    /** The p-value to report: exact when expected counts are small and it could be computed, else asymptotic. */
    public double p() {
        return method == Method.EXACT ? pExact : pAsymptotic;
    }

    public static HomogeneityTest of(long[][] table) {
        long[][] used = dropEmpty(table);
        int rows = used.length;
        int cols = rows == 0 ? 0 : used[0].length;
        long n = 0;
        for (long[] row : used) {
            n += PrePostTable.sum(row);
        }
        if (rows < 2 || cols < 2) {
            return new HomogeneityTest(n, cols, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Method.UNDEFINED);
        }
        double minExpected = minExpected(used, n);
        var result = ChiSquareTest.withDefaults().test(used);
        double chi = result.getStatistic();
        int df = (rows - 1) * (cols - 1);
        double v = Math.sqrt(chi / (n * (Math.min(rows, cols) - 1)));
        double exact = Double.NaN;
        Method method = Method.ASYMPTOTIC;
        if (minExpected < MIN_EXPECTED) {
            exact = rows == 2 ? FisherFreemanHalton.twoRows(used[0], used[1]) : Double.NaN;
            method = Double.isNaN(exact) ? Method.SMALL_EXPECTED_MERGE_OPTIONS : Method.EXACT;
        }
        return new HomogeneityTest(n, cols, chi, df, result.getPValue(), exact, v, minExpected, method);
    }

    /** Two rows: before/after, or experiment/control. */
    public static HomogeneityTest of(long[] first, long[] second) {
        return of(new long[][] {first, second});
    }

    /** Drops rows without answers and options nobody chose. */
    static long[][] dropEmpty(long[][] table) {
        List<long[]> rows = new ArrayList<>();
        for (long[] row : table) {
            if (PrePostTable.sum(row) > 0) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return new long[0][0];
        }
        int cols = rows.get(0).length;
        List<Integer> keep = new ArrayList<>();
        for (int j = 0; j < cols; j++) {
            long total = 0;
            for (long[] row : rows) {
                total += row[j];
            }
            if (total > 0) {
                keep.add(j);
            }
        }
        long[][] out = new long[rows.size()][keep.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < keep.size(); k++) {
                out[i][k] = rows.get(i)[keep.get(k)];
            }
        }
        return out;
    }

    private static double minExpected(long[][] t, long n) {
        double min = Double.POSITIVE_INFINITY;
        for (long[] row : t) {
            long r = PrePostTable.sum(row);
            for (int j = 0; j < t[0].length; j++) {
                long c = 0;
                for (long[] other : t) {
                    c += other[j];
                }
                min = Math.min(min, (double) r * c / n);
            }
        }
        return min;
    }
}
