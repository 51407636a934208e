package cn.hezuo.survey.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Survey statistics against published and hand-computed examples. "Cross-checked" values were computed independently
 * with SciPy 1.17 ({@code scipy.stats.chi2_contingency(correction=False)}, {@code scipy.stats.wilcoxon(
 * zero_method='wilcox', correction=True, method='approx')}, numpy for the matrix forms, a plain enumeration with
 * {@code math.comb} for Fisher–Freeman–Halton), following docs/surveys.md.
 */
class SurveyStatisticsTest {

    private static final double EPS = 1e-9;

    @Test
    void prePostTableGivesPercentagesAndDifferenceInPercentagePoints() {
        // hand-computed: 40 students before (10/20/10), 40 after (20/15/5): 25 % → 50 % is +25 points
        PrePostTable table = PrePostTable.of(new long[] {10, 20, 10}, new long[] {20, 15, 5});
        assertThat(table.preRespondents()).isEqualTo(40);
        assertThat(table.rows().get(0).prePercent()).isCloseTo(25.0, within(EPS));
        assertThat(table.rows().get(0).postPercent()).isCloseTo(50.0, within(EPS));
        assertThat(table.rows().get(0).difference()).isCloseTo(25.0, within(EPS));
        assertThat(table.rows().get(2).difference()).isCloseTo(-12.5, within(EPS));
    }

    @Test
    void percentOfNobodyIsUndefinedNotZero() {
        assertThat(PrePostTable.percent(0, 0)).isNaN();
    }

    @Test
    void chiSquareOfPartyIdentificationMatchesAgresti() {
        // Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., Table 2.5 (party identification by
        // gender), also R's ?chisq.test example: X-squared = 30.07, df = 2, p-value = 2.954e-07.
        HomogeneityTest test = HomogeneityTest.of(new long[] {762, 327, 468}, new long[] {484, 239, 477});
        assertThat(test.chiSquare()).isCloseTo(30.070149095754672, within(1e-9));
        assertThat(test.df()).isEqualTo(2);
        assertThat(test.pAsymptotic()).isCloseTo(2.9535891832117595e-07, within(1e-13));
        assertThat(test.method()).isEqualTo(HomogeneityTest.Method.ASYMPTOTIC);
        // hand-computed: V = sqrt(30.0701 / 2757)
        assertThat(test.cramersV()).isCloseTo(0.10443580235646777, within(1e-9));
    }

    @Test
    void smallExpectedCountsUseTheExactTestOfTeaTasting() {
        // Fisher (1935) lady tasting tea, R's ?fisher.test TeaTasting: two-sided p = 0.4857 (= 34/70)
        HomogeneityTest test = HomogeneityTest.of(new long[] {3, 1}, new long[] {1, 3});
        assertThat(test.method()).isEqualTo(HomogeneityTest.Method.EXACT);
        assertThat(test.p()).isCloseTo(34.0 / 70.0, within(EPS));
        assertThat(test.minExpected()).isCloseTo(2.0, within(EPS));
    }

    @Test
    void exactTestOfATwoByThreeTableMatchesEnumeration() {
        // cross-checked by enumerating every table with the same margins (docs/surveys.md §3.3)
        HomogeneityTest test = HomogeneityTest.of(new long[] {8, 5, 2}, new long[] {3, 6, 7});
        assertThat(test.chiSquare()).isCloseTo(5.114478114478114, within(1e-9));
        assertThat(test.pAsymptotic()).isCloseTo(0.07751846931763967, within(1e-12));
        assertThat(test.pExact()).isCloseTo(0.09118889072391798, within(1e-12));
        assertThat(test.p()).isEqualTo(test.pExact());
    }

    @Test
    void optionsNobodyChoseAreLeftOutOfTheTest() {
        HomogeneityTest withEmpty = HomogeneityTest.of(new long[] {762, 0, 327, 468}, new long[] {484, 0, 239, 477});
        assertThat(withEmpty.columnsUsed()).isEqualTo(3);
        assertThat(withEmpty.chiSquare()).isCloseTo(30.070149095754672, within(1e-9));
    }

    @Test
    void oneAnsweredRowIsUndefined() {
        HomogeneityTest test = HomogeneityTest.of(new long[] {3, 4}, new long[] {0, 0});
        assertThat(test.method()).isEqualTo(HomogeneityTest.Method.UNDEFINED);
        assertThat(test.p()).isNaN();
    }

    @Test
    void wilcoxonMatchesHollanderAndWolfeDepressionExample() {
        // Hollander & Wolfe (1973), Nonparametric Statistical Methods, p. 29 (R's ?wilcox.test): x = first visit,
        // y = second; V = 40, one-sided p = 0.01953, so two-sided 0.0390625 (exact, 9 pairs, no ties).
        // The survey test takes option indices, so the same signs and ranks are rebuilt on an integer scale:
        // differences x − y ranked 1..9 with the signs of the published data (8 positive, rank 5 = "3.06 vs 3.14" negative).
        int[] before = new int[9];
        int[] after = new int[9];
        int[] signedRanks = {1, 2, 3, 4, -5, 6, 7, 8, 9};
        for (int i = 0; i < 9; i++) {
            before[i] = 10;
            after[i] = 10 + signedRanks[i];
        }
        PairedOrdinalTest test = PairedOrdinalTest.of(before, after, 20);
        assertThat(test.wPlus()).isCloseTo(40.0, within(EPS));
        assertThat(test.exact()).isTrue();
        assertThat(test.pWilcoxon()).isCloseTo(0.0390625, within(1e-12));
        // hand-computed: r = (40 − 5) / 45
        assertThat(test.rankBiserial()).isCloseTo(35.0 / 45.0, within(EPS));
    }

    @Test
    void wilcoxonWithTiesAndZerosUsesTheCorrectedNormalApproximation() {
        // cross-checked with SciPy: statistic min(W+, W−) = 4.5, p = 0.04107690290648808; hand: W+ = 31.5, W− = 4.5
        int[] before = {0, 1, 1, 0, 2, 1, 0, 1, 1, 0, 2, 1};
        int[] after = {1, 2, 1, 1, 2, 2, 1, 1, 2, 0, 1, 2};
        PairedOrdinalTest test = PairedOrdinalTest.of(before, after, 3);
        assertThat(test.pairs()).isEqualTo(12);
        assertThat(test.nonZero()).isEqualTo(8);
        assertThat(test.wPlus()).isCloseTo(31.5, within(EPS));
        assertThat(test.wMinus()).isCloseTo(4.5, within(EPS));
        assertThat(test.exact()).isFalse();
        assertThat(test.pWilcoxon()).isCloseTo(0.04107690290648808, within(1e-12));
        assertThat(test.rankBiserial()).isCloseTo(0.75, within(EPS));
    }

    @Test
    void nobodyChangedGivesNoWilcoxonP() {
        PairedOrdinalTest test = PairedOrdinalTest.of(new int[] {0, 1, 2}, new int[] {0, 1, 2}, 3);
        assertThat(test.pWilcoxon()).isNaN();
        assertThat(test.stuartMaxwell().df()).isZero();
    }

    @Test
    void stuartMaxwellAndBowkerOfUnaidedVisionMatchAgresti() {
        // Stuart (1955) unaided distance vision of 7477 women (right eye × left eye), Agresti (2013), Categorical
        // Data Analysis, 3rd ed., §11.3: Stuart–Maxwell 11.96, df 3. Bowker cross-checked with numpy: 19.1066, df 6.
        long[][] t = {{1520, 266, 124, 66}, {234, 1512, 432, 78}, {117, 362, 1772, 205}, {36, 82, 179, 492}};
        var sm = PairedOrdinalTest.stuartMaxwell(t);
        assertThat(sm.chiSquare()).isCloseTo(11.956569622982554, within(1e-8));
        assertThat(sm.df()).isEqualTo(3);
        assertThat(sm.p()).isCloseTo(0.007533425054800539, within(1e-10));
        var bowker = PairedOrdinalTest.bowker(t);
        assertThat(bowker.chiSquare()).isCloseTo(19.106550215266772, within(1e-8));
        assertThat(bowker.df()).isEqualTo(6);
        assertThat(bowker.p()).isCloseTo(0.003987419840428568, within(1e-10));
    }
}
