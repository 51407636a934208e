package cn.hezuo.survey.stats;

/**
 * The exact conditional test of homogeneity for a 2 × c table (Fisher's exact test extended by Freeman and Halton,
 * 1951), two-sided as R's {@code fisher.test}: with both margins fixed a table's probability is
 * P(a) = Π_j C(c_j, a_j) / C(N, n_1) (a = the first row), and p = Σ P(a) over every table with
 * P(a) ≤ P(observed)·(1 + 10⁻⁷). Tables are enumerated column by column; O(number of tables · c).
 */
final class FisherFreemanHalton {

    /** Above this many tables the enumeration stops and the caller warns instead (about a second on one core). */
    static final long MAX_TABLES = 3_000_000;

    private FisherFreemanHalton() {
    }

    /** The exact two-sided p-value, or NaN when the table has more than {@link #MAX_TABLES} arrangements. */
    static double twoRows(long[] first, long[] second) {
        int c = first.length;
        int[] colTotals = new int[c];
        int n1 = 0;
        int n = 0;
        for (int j = 0; j < c; j++) {
            colTotals[j] = Math.toIntExact(first[j] + second[j]);
            n1 += Math.toIntExact(first[j]);
            n += colTotals[j];
        }
        double[] logFactorial = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        double logDenominator = logChoose(logFactorial, n, n1);
        double logObserved = -logDenominator;
        for (int j = 0; j < c; j++) {
            logObserved += logChoose(logFactorial, colTotals[j], (int) first[j]);
        }
        // columns after j can hold at most this many of row 1
        int[] capacityAfter = new int[c + 1];
        for (int j = c - 1; j >= 0; j--) {
            capacityAfter[j] = capacityAfter[j + 1] + colTotals[j];
        }
        var walk = new Walk(colTotals, capacityAfter, logFactorial, logDenominator,
                logObserved + Math.log1p(1e-7));
        walk.visit(0, n1, 0.0);
        return walk.tables > MAX_TABLES ? Double.NaN : Math.min(1.0, walk.p);
    }

    static double logChoose(double[] logFactorial, int n, int k) {
        return logFactorial[n] - logFactorial[k] - logFactorial[n - k];
    }

    private static final class Walk {
        final int[] colTotals;
        final int[] capacityAfter;
        final double[] logFactorial;
        final double logDenominator;
        final double threshold;
        double p;
        long tables;

        Walk(int[] colTotals, int[] capacityAfter, double[] logFactorial, double logDenominator, double threshold) {
            this.colTotals = colTotals;
            this.capacityAfter = capacityAfter;
            this.logFactorial = logFactorial;
            this.logDenominator = logDenominator;
            this.threshold = threshold;
        }

        void visit(int column, int remaining, double logNumerator) {
            if (tables > MAX_TABLES) {
                return;
            }
            if (column == colTotals.length) {
                tables++;
                double logP = logNumerator - logDenominator;
                if (logP <= threshold) {
                    p += Math.exp(logP);
                }
                return;
            }
            int low = Math.max(0, remaining - capacityAfter[column + 1]);
            int high = Math.min(colTotals[column], remaining);
            for (int a = low; a <= high; a++) {
                visit(column + 1, remaining - a, logNumerator + logChoose(logFactorial, colTotals[column], a));
            }
        }
    }
}
