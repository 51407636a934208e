package cn.hezuo.exam.stats;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;

/**
 * Welch's two-sample t-test, two-sided, as R's {@code t.test(x, y, var.equal = FALSE)}; the difference is x − y.
 * t = (x̄ − ȳ) / sqrt(s_x²/n_x + s_y²/n_y); df by Welch–Satterthwaite, not rounded; p = 2·P(T_df &gt; |t|). Commons
 * Statistics' {@link TTest} (heteroscedastic by default) gives t, df and p; the 95 % CI is difference ± t_{0.975,df}·SE.
 *
 * <p>All NaN when either sample has fewer than 2 values or both are constant (R stops with "data are essentially
 * constant" there).
 */
public record WelchTest(double difference, double standardError, double t, double df, double p, double ciLower,
        double ciUpper) {

    public static WelchTest of(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            return undefined();
        }
        double meanX = Mean.of(x).getAsDouble();
        double meanY = Mean.of(y).getAsDouble();
        double varX = Variance.of(x).getAsDouble();
        double varY = Variance.of(y).getAsDouble();
        double se = Math.sqrt(varX / x.length + varY / y.length);
        if (!(se > 0)) {
            return undefined();
        }
        TTest.Result result = TTest.withDefaults().test(meanX, varX, x.length, meanY, varY, y.length);
        double df = result.getDegreesOfFreedom();
        double margin = TDistribution.of(df).inverseSurvivalProbability(0.025) * se;
        double difference = meanX - meanY;
        return new WelchTest(difference, se, result.getStatistic(), df, result.getPValue(), difference - margin,
                difference + margin);
    }

    private static WelchTest undefined() {
        double nan = Double.NaN;
        return new WelchTest(nan, nan, nan, nan, nan, nan, nan);
    }
}
