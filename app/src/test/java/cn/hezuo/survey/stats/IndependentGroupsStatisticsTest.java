package cn.hezuo.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * 实验班 vs 对照班 (docs/surveys.md §5): Mann–Whitney U and the rank-biserial r against R's {@code ?wilcox.test}
 * example and a hand-computed tied example (cross-checked with SciPy 1.17 {@code mannwhitneyu}, which follows R), and
 * the chi-square of homogeneity with the two groups as rows.
 */
class IndependentGroupsStatisticsTest {

    /** R ?wilcox.test: permeability constants, x = at birth, y = third trimester. */
    private static final double[] X = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    private static final double[] Y = {1.15, 0.88, 0.90, 0.74, 1.21};

    @Test
    void withoutTiesThePValueIsExactAndMatchesR() {
        IndependentOrdinalTest test = IndependentOrdinalTest.of(X, Y);
        // R: wilcox.test(x, y) → W = 35, p-value = 0.2544 (one-sided "greater": 0.1272)
        assertThat(test.u()).isEqualTo(35.0);
        assertThat(test.exact()).isTrue();
        assertThat(test.p()).isCloseTo(764.0 / 3003.0, within(1e-12));
        assertThat(test.rankBiserial()).isCloseTo(2 * 35.0 / 50 - 1, within(1e-12));
    }

    @Test
    void theExactPValueIsTheShareOfRankArrangementsAsExtremeAsTheObservedOne() {
        // Independent of any library: enumerate all C(15, 10) placements of x's ranks (no ties in X ∪ Y).
        int n = 15;
        int m = 10;
        double mean = m * (n - m) / 2.0;
        long extreme = 0;
        long total = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != m) {
                continue;
            }
            int rankSum = 0;
            for (int r = 0; r < n; r++) {
                if ((mask & (1 << r)) != 0) {
                    rankSum += r + 1;
                }
            }
            double u = rankSum - m * (m + 1) / 2.0;
            total++;
            if (Math.abs(u - mean) >= Math.abs(35 - mean)) {
                extreme++;
            }
        }
        assertThat(total).isEqualTo(3003);
        assertThat(IndependentOrdinalTest.of(X, Y).p()).isCloseTo((double) extreme / total, within(1e-12));
    }

    @Test
    void withTiesTheNormalApproximationUsesTheTieCorrectedVarianceAndContinuityCorrection() {
        // 3-point scale, experiment counts 12/8/3, control 6/9/8 (23 each). By hand: mid-ranks 9.5, 27, 41;
        // R_x = 12·9.5 + 8·27 + 3·41 = 453, U = 453 − 23·24/2 = 177; σ² = 23·23/12 · (47 − 12030/2070);
        // z = (177 − 264.5 + 0.5)/σ = −2.041712; p = 2Φ(−|z|).
        IndependentOrdinalTest test = IndependentOrdinalTest.ofCounts(new long[] {12, 8, 3}, new long[] {6, 9, 8});
        assertThat(test.u()).isEqualTo(177.0);
        assertThat(test.exact()).isFalse();
        double sigma = Math.sqrt(23.0 * 23 / 12 * (47 - 12030.0 / 2070));
        double z = (177 - 264.5 + 0.5) / sigma;
        assertThat(z).isCloseTo(-2.041712, within(1e-6));
        assertThat(test.p()).isCloseTo(0.04118007652372082, within(1e-9));
        assertThat(test.rankBiserial()).isCloseTo(-0.3308128544423441, within(1e-12));
    }

    @Test
    void experimentAgainstControlChiSquareIsRsChisqTestWithoutCorrection() {
        // chisq.test(rbind(c(6, 9, 8), c(12, 8, 3)), correct = FALSE): X-squared = 4.3316, df = 2, p = 0.1147
        HomogeneityTest test = HomogeneityTest.of(new long[] {6, 9, 8}, new long[] {12, 8, 3});
        assertThat(test.chiSquare()).isCloseTo(4.331550802139038, within(1e-9));
        assertThat(test.df()).isEqualTo(2);
        assertThat(test.method()).isEqualTo(HomogeneityTest.Method.ASYMPTOTIC);
        assertThat(test.p()).isCloseTo(0.11466099186286688, within(1e-9));
        assertThat(test.cramersV()).isCloseTo(0.30686177323444475, within(1e-9));
    }

    @Test
    void anEmptyGroupGivesNoTest() {
        IndependentOrdinalTest test = IndependentOrdinalTest.ofCounts(new long[] {0, 0, 0}, new long[] {3, 2, 1});
        assertThat(test.p()).isNaN();
        assertThat(test.rankBiserial()).isNaN();
    }
}
