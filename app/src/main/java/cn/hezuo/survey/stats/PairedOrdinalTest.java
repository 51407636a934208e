package cn.hezuo.survey.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Named, paired answers on an ordinal scale (the same students before and after): the Wilcoxon signed-rank test on
 * d = after − before as R's {@code wilcox.test(after, before, paired = TRUE)} (zeros dropped, mid-ranks for ties,
 * exact p when fewer than 50 non-zero differences and no ties, else the normal approximation with the tie-corrected
 * variance and a continuity correction), the matched-pairs rank-biserial r = (W⁺ − W⁻)/(W⁺ + W⁻) (Kerby 2014), and
 * the symmetry tests of the k × k before/after table: Stuart–Maxwell (marginal homogeneity) and McNemar–Bowker.
 * See docs/surveys.md §4.
 */
public record PairedOrdinalTest(int pairs, int nonZero, double wPlus, double wMinus, double pWilcoxon,
        boolean exact, double rankBiserial, Symmetry stuartMaxwell, Symmetry bowker) {

    /** A chi-square symmetry statistic with its degrees of freedom and p; NaN and df 0 when undefined. */
    public record Symmetry(double chiSquare, int df, double p) {
        static Symmetry undefined() {
            return new Symmetry(Double.NaN, 0, Double.NaN);
        }

        static Symmetry of(double chiSquare, int df) {
            if (df < 1 || Double.isNaN(chiSquare)) {
                return undefined();
            }
            return new Symmetry(chiSquare, df, ChiSquaredDistribution.of(df).survivalProbability(chiSquare));
        }
    }

    /**
     * @param before option index (0 = first option of the scale) per student before
     * @param after  option index of the same student after, same order
     * @param levels number of points on the scale (3, 5 or 7)
     */
    public static PairedOrdinalTest of(int[] before, int[] after, int levels) {
        if (before.length != after.length) {
            throw new IllegalArgumentException("paired answers need the same students");
        }
        int n = before.length;
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            if (before[i] != after[i]) {
                nonZero++;
            }
        }
        long[][] table = new long[levels][levels];
        for (int i = 0; i < n; i++) {
            table[before[i]][after[i]]++;
        }
        Symmetry stuartMaxwell = stuartMaxwell(table);
        Symmetry bowker = bowker(table);
        if (nonZero == 0) {
            return new PairedOrdinalTest(n, 0, 0, 0, Double.NaN, false, Double.NaN, stuartMaxwell, bowker);
        }
        // Zeros are dropped before ranking (Wilcoxon's method, R's default); Commons Statistics would rank them.
        double[] x = new double[nonZero];
        double[] y = new double[nonZero];
        for (int i = 0, k = 0; i < n; i++) {
            if (before[i] != after[i]) {
                x[k] = after[i];
                y[k++] = before[i];
            }
        }
        var wilcoxon = WilcoxonSignedRankTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .with(PValueMethod.AUTO)
                .with(ContinuityCorrection.ENABLED);
        var result = wilcoxon.test(x, y);
        double total = nonZero * (nonZero + 1) / 2.0;
        double wPlus = result.getStatistic();
        double wMinus = total - wPlus;
        boolean exact = nonZero < 50 && !result.hasTiedValues();
        return new PairedOrdinalTest(n, nonZero, wPlus, wMinus, result.getPValue(), exact,
                (wPlus - wMinus) / total, stuartMaxwell, bowker);
    }

    /**
     * McNemar–Bowker: X² = Σ_{i&lt;j} (n_ij − n_ji)² / (n_ij + n_ji) over the pairs of cells with n_ij + n_ji &gt; 0;
     * df = the number of those pairs.
     */
    static Symmetry bowker(long[][] t) {
        double chi = 0;
        int df = 0;
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                long sum = t[i][j] + t[j][i];
                if (sum > 0) {
                    double d = t[i][j] - t[j][i];
                    chi += d * d / sum;
                    df++;
                }
            }
        }
        return Symmetry.of(chi, df);
    }

    /**
     * Stuart–Maxwell: categories without any off-diagonal count are left out (they carry no information and make the
     * covariance singular); with the k remaining, d_i = n_i. − n_.i and V_ii = n_i. + n_.i − 2n_ii,
     * V_ij = −(n_ij + n_ji) for i, j &lt; k (the last category dropped); X² = dᵀ V⁻¹ d, df = k − 1.
     */
    static Symmetry stuartMaxwell(long[][] full) {
        int levels = full.length;
        int[] keep = new int[levels];
        int k = 0;
        for (int i = 0; i < levels; i++) {
            long offDiagonal = 0;
            for (int j = 0; j < levels; j++) {
                if (i != j) {
                    offDiagonal += full[i][j] + full[j][i];
                }
            }
            if (offDiagonal > 0) {
                keep[k++] = i;
            }
        }
        if (k < 2) {
            return Symmetry.undefined();
        }
        int m = k - 1;
        double[][] v = new double[m][m];
        double[] d = new double[m];
        for (int a = 0; a < m; a++) {
            int i = keep[a];
            long rowTotal = 0;
            long colTotal = 0;
            for (int b = 0; b < k; b++) {
                rowTotal += full[i][keep[b]];
                colTotal += full[keep[b]][i];
            }
            d[a] = rowTotal - colTotal;
            for (int b = 0; b < m; b++) {
                int j = keep[b];
                v[a][b] = a == b ? rowTotal + colTotal - 2.0 * full[i][i] : -(double) (full[i][j] + full[j][i]);
            }
        }
        double[] solved = solve(v, d.clone());
        if (solved == null) {
            return Symmetry.undefined();
        }
        double chi = 0;
        for (int a = 0; a < m; a++) {
            chi += d[a] * solved[a];
        }
        return Symmetry.of(chi, m);
    }

    /** Gaussian elimination with partial pivoting; null when the matrix is singular. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double bSwap = b[col];
            b[col] = b[pivot];
            b[pivot] = bSwap;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
