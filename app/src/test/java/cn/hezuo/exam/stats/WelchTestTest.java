package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelchTestTest {

    // R's sleep data: extra hours of sleep, group 1 and group 2.
    private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void sleepDataGivesRsPublishedWelchResult() {
        // R: t.test(extra ~ group, data = sleep) → t = -1.8608, df = 17.776, p-value = 0.07939,
        // 95 percent confidence interval: -3.3654832 0.2054832.
        WelchTest welch = WelchTest.of(SLEEP_1, SLEEP_2);
        assertThat(welch.difference()).isCloseTo(-1.58, within(1e-12));
        assertThat(welch.t()).isCloseTo(-1.8608, within(5e-5));
        assertThat(welch.df()).isCloseTo(17.776, within(5e-4));
        assertThat(welch.p()).isCloseTo(0.07939, within(5e-6));
        assertThat(welch.ciLower()).isCloseTo(-3.3654832, within(5e-8));
        assertThat(welch.ciUpper()).isCloseTo(0.2054832, within(5e-8));
    }

    @Test
    void sleepDataMatchesTheFormulasToFullPrecision() {
        // s1² = 3.2005555…, s2² = 4.009, n = 10 each; df by Welch–Satterthwaite, unrounded.
        double v1 = NaiveStatistics.variance(SLEEP_1) / 10;
        double v2 = NaiveStatistics.variance(SLEEP_2) / 10;
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / 9 + v2 * v2 / 9);
        WelchTest welch = WelchTest.of(SLEEP_1, SLEEP_2);
        assertThat(welch.t()).isCloseTo(-1.58 / Math.sqrt(v1 + v2), within(1e-12));
        assertThat(welch.df()).isCloseTo(df, within(1e-10));
        // Reference values (scipy.stats.ttest_ind(equal_var=False), same definition as R).
        assertThat(welch.df()).isCloseTo(17.776473516178488, within(1e-9));
        assertThat(welch.p()).isCloseTo(0.0793941401873583, within(1e-12));
    }

    @Test
    void positiveTMeansTheFirstSampleIsHigher() {
        assertThat(WelchTest.of(SLEEP_2, SLEEP_1).t()).isCloseTo(1.8608, within(5e-5));
    }

    @Test
    void oneConstantSampleStillGivesAResult() {
        // t = (3 − 2) / sqrt(0 + 1/3) = √3, df = n_y − 1 = 2; with 2 df, two-sided p = 1 − |t| / sqrt(t² + 2).
        WelchTest welch = WelchTest.of(new double[] {3, 3, 3}, new double[] {1, 2, 3});
        assertThat(welch.t()).isCloseTo(Math.sqrt(3), within(1e-12));
        assertThat(welch.df()).isCloseTo(2, within(1e-12));
        assertThat(welch.p()).isCloseTo(1 - Math.sqrt(3) / Math.sqrt(5), within(1e-12));
    }

    @Test
    void fewerThanTwoValuesOrTwoConstantSamplesGiveNaN() {
        assertThat(WelchTest.of(new double[] {1}, SLEEP_2).t()).isNaN();
        assertThat(WelchTest.of(new double[] {3, 3}, new double[] {2, 2, 2}).p()).isNaN();
    }
}
