package cn.hezuo.grouping.search;

/**
 * Principal axes of the (centred) search coordinates by power iteration with deflation. Used to
 * index residual keys in at most three dimensions; a projection only shrinks distances, so no
 * candidate within a radius is lost. Deterministic. O(N·dim² + dim³).
 */
final class Projection {

    private Projection() {
    }

    /** {@code count} orthonormal axes as rows of a count × dim matrix (identity when dim ≤ count). */
    static double[] principalAxes(double[] x, int n, int dim, int count) {
        double[] axes = new double[count * dim];
        if (dim <= count) {
            for (int a = 0; a < Math.min(count, dim); a++) {
                axes[a * dim + a] = 1;
            }
            return axes;
        }
        double[] cov = new double[dim * dim];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < dim; a++) {
                double va = x[i * dim + a];
                for (int b = 0; b < dim; b++) {
                    cov[a * dim + b] += va * x[i * dim + b];
                }
            }
        }
        for (int a = 0; a < count; a++) {
            double[] v = new double[dim];
            for (int q = 0; q < dim; q++) {
                v[q] = 1.0 / (1 + q + a);
            }
            for (int it = 0; it < 100; it++) {
                double[] w = new double[dim];
                for (int r = 0; r < dim; r++) {
                    for (int q = 0; q < dim; q++) {
                        w[r] += cov[r * dim + q] * v[q];
                    }
                }
                for (int b = 0; b < a; b++) {
                    double dot = 0;
                    for (int q = 0; q < dim; q++) {
                        dot += w[q] * axes[b * dim + q];
                    }
                    for (int q = 0; q < dim; q++) {
                        w[q] -= dot * axes[b * dim + q];
                    }
                }
                double norm = 0;
                for (double t : w) {
                    norm += t * t;
                }
                norm = Math.sqrt(norm);
                if (norm < 1e-12) {
                    break;
                }
                for (int q = 0; q < dim; q++) {
                    v[q] = w[q] / norm;
                }
            }
            System.arraycopy(v, 0, axes, a * dim, dim);
        }
        return axes;
    }
}
