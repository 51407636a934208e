package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.Objective;

/**
 * Z-standardisation over the whole roster, as R's {@code scale()} and {@code score.py} do it:
 * {@code z = (x − mean) / sd} with the sample SD (n − 1). A missing value (NaN) is imputed with the
 * feature's mean, so its z-score is 0 and it pulls no group either way. A constant feature gets
 * SD 1 (all z-scores 0).
 *
 * <p>Search coordinates are {@code z·√w} per objective feature; for {@link Objective#KPLUS} they are
 * followed by the standardised squares {@code scale(z²)·√w} (Papenberg 2024), so equal centroids
 * in that space mean equal means and equal variances. O(N·F).
 */
public final class Standardiser {

    private Standardiser() {
    }

    /**
     * @param raw        N × F raw values, row-major, NaN = missing
     * @param n          number of students
     * @param f          number of features
     * @param objective  indices of the objective features
     * @param weights    weight per objective feature
     * @param kind       objective
     */
    public static Features standardise(double[] raw, int n, int f, int[] objective, double[] weights, Objective kind) {
        double[] mean = new double[f];
        double[] sd = new double[f];
        int missing = 0;
        double[] imputed = raw.clone();
        for (int c = 0; c < f; c++) {
            double s = 0;
            int cnt = 0;
            for (int i = 0; i < n; i++) {
                double v = raw[i * f + c];
                if (!Double.isNaN(v)) {
                    s += v;
                    cnt++;
                }
            }
            double m = cnt == 0 ? 0 : s / cnt;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(raw[i * f + c])) {
                    imputed[i * f + c] = m;
                    missing++;
                }
            }
            mean[c] = m;
            sd[c] = sampleSd(imputed, n, f, c, m);
        }
        int d = objective.length;
        double[] z = new double[n * d];
        for (int q = 0; q < d; q++) {
            int c = objective[q];
            for (int i = 0; i < n; i++) {
                z[i * d + q] = (imputed[i * f + c] - mean[c]) / sd[c];
            }
        }
        double[] x = searchCoordinates(z, n, d, weights, kind == Objective.KPLUS);
        return new Features(n, f, imputed, mean, sd, objective.clone(), weights.clone(), z, x,
                kind == Objective.KPLUS ? 2 * d : d, missing);
    }

    /** Sample SD of column {@code c}; 1 when it is 0 or undefined. */
    static double sampleSd(double[] values, int n, int stride, int c, double mean) {
        if (n < 2) {
            return 1.0;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double t = values[i * stride + c] - mean;
            ss += t * t;
        }
        double sd = Math.sqrt(ss / (n - 1));
        return sd > 0 && Double.isFinite(sd) ? sd : 1.0;
    }

    /** {@code [z·√w]} or, for k-plus, {@code [z·√w, scale(z²)·√w]}. */
    static double[] searchCoordinates(double[] z, int n, int d, double[] weights, boolean kplus) {
        int dd = kplus ? 2 * d : d;
        double[] x = new double[n * dd];
        for (int q = 0; q < d; q++) {
            double w = Math.sqrt(weights[q]);
            for (int i = 0; i < n; i++) {
                x[i * dd + q] = z[i * d + q] * w;
            }
        }
        if (kplus) {
            double[] sq = kplusSquares(z, n, d);
            for (int q = 0; q < d; q++) {
                double w = Math.sqrt(weights[q]);
                for (int i = 0; i < n; i++) {
                    x[i * dd + d + q] = sq[i * d + q] * w;
                }
            }
        }
        return x;
    }

    /** {@code scale(z²)} column by column (anticlust's {@code kplus_moment_variables(x, 2)}). */
    public static double[] kplusSquares(double[] z, int n, int d) {
        double[] sq = new double[n * d];
        for (int q = 0; q < d; q++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                double v = z[i * d + q] * z[i * d + q];
                sq[i * d + q] = v;
                m += v;
            }
            m /= Math.max(1, n);
            double sd = sampleSd(sq, n, d, q, m);
            for (int i = 0; i < n; i++) {
                sq[i * d + q] = (sq[i * d + q] - m) / sd;
            }
        }
        return sq;
    }
}
