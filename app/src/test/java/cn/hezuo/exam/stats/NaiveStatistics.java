package cn.hezuo.exam.stats;

/** Textbook two-pass formulas, written independently of the production code, as references for the tests. */
final class NaiveStatistics {

    private NaiveStatistics() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    static double variance(double[] x) {
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (x.length - 1);
    }

    static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Cronbach's alpha of the given item columns, from the totals of exactly those columns. */
    static double alpha(double[][] columns) {
        int k = columns.length;
        int n = columns[0].length;
        double[] totals = new double[n];
        double sumOfVariances = 0;
        for (double[] column : columns) {
            sumOfVariances += variance(column);
            for (int i = 0; i < n; i++) {
                totals[i] += column[i];
            }
        }
        return k / (k - 1.0) * (1 - sumOfVariances / variance(totals));
    }
}
