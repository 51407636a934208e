package cn.hezuo.exam.stats;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * ANCOVA as the OLS fit post = b0 + b1·G + b2·pre, G = 1 for the experimental group and 0 for control (spec §4).
 *
 * <p>Solved on centred variables (Frisch–Waugh): with S the centred cross-product sums, the slopes solve the 2×2
 * system [S_gg S_gp; S_gp S_pp]·(b1, b2) = (S_gy, S_py), b0 = ȳ − b1·ḡ − b2·p̄, and [(XᵀX)⁻¹]_{G,G} = S_pp / det —
 * the same numbers as the full 3×3 normal equations without their loss of precision. SE(b1) = sqrt(σ̂²·S_pp/det) with
 * σ̂² = RSS/(n − 3); p is two-sided on n − 3 df. NaN where undefined: n ≤ 3 for SE, t and p; a singular design
 * (one group empty, constant pre, or pre perfectly separating the groups) for everything.
 *
 * @param meanPre                  mean pre over all complete cases
 * @param adjustedMeanExperimental fitted post at meanPre for G = 1: b0 + b1 + b2·meanPre
 * @param adjustedMeanControl      fitted post at meanPre for G = 0: b0 + b2·meanPre
 */
public record Ancova(int n, double b0, double b1, double seB1, double t, double df, double p, double b2,
        double meanPre, double adjustedMeanExperimental, double adjustedMeanControl) {

    /** @param experimental per student, G = 1 if true */
    public static Ancova fit(double[] post, double[] pre, boolean[] experimental) {
        int n = post.length;
        double meanY = Mean.of(post).getAsDouble();
        double meanP = Mean.of(pre).getAsDouble();
        double meanG = 0;
        for (boolean g : experimental) {
            meanG += g ? 1 : 0;
        }
        meanG /= n;
        double sgg = 0;
        double sgp = 0;
        double spp = 0;
        double sgy = 0;
        double spy = 0;
        for (int i = 0; i < n; i++) {
            double g = (experimental[i] ? 1 : 0) - meanG;
            double p = pre[i] - meanP;
            double y = post[i] - meanY;
            sgg += g * g;
            sgp += g * p;
            spp += p * p;
            sgy += g * y;
            spy += p * y;
        }
        double det = sgg * spp - sgp * sgp;
        // A relative test: rounding leaves det a few ulps from zero when the design is singular.
        if (!(det > 1e-12 * sgg * spp)) {
            double nan = Double.NaN;
            return new Ancova(n, nan, nan, nan, nan, n - 3, nan, nan, meanP, nan, nan);
        }
        double b1 = (spp * sgy - sgp * spy) / det;
        double b2 = (sgg * spy - sgp * sgy) / det;
        double b0 = meanY - b1 * meanG - b2 * meanP;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double residual = post[i] - (b0 + (experimental[i] ? b1 : 0) + b2 * pre[i]);
            rss += residual * residual;
        }
        int df = n - 3;
        double se = df > 0 ? Math.sqrt(rss / df * spp / det) : Double.NaN;
        double t = b1 / se;
        double p = df > 0 ? 2 * TDistribution.of(df).survivalProbability(Math.abs(t)) : Double.NaN;
        double control = b0 + b2 * meanP;
        return new Ancova(n, b0, b1, se, t, df, p, b2, meanP, control + b1, control);
    }
}
