package cn.hezuo.grouping.prepare;

/**
 * Standardised features (see {@link Standardiser}).
 *
 * @param n           students
 * @param f           all features of the problem
 * @param raw         N × F raw values with missing ones imputed by the mean (row-major)
 * @param mean        per feature, raw units
 * @param sd          per feature, sample SD in raw units (1 when constant)
 * @param objective   indices of the objective features
 * @param weights     their weights
 * @param z           N × d unweighted z-scores of the objective features
 * @param x           N × dim search coordinates
 * @param dim         dimension of {@code x}
 * @param missing     number of imputed values
 */
public record Features(int n, int f, double[] raw, double[] mean, double[] sd, int[] objective, double[] weights,
                      double[] z, double[] x, int dim, int missing) {

    /** Number of objective features. */
    public int d() {
        return objective.length;
    }
}
