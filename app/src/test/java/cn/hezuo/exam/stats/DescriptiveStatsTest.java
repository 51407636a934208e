package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DescriptiveStatsTest {

    private static final ExamLines LINES = ExamLines.of(120);
    // On the pass line, on the excellent line, on the low line, full marks, just below low, zero, and 95.
    private static final double[] TOTALS = {72, 102, 48, 120, 47.5, 0, 95};

    private final DescriptiveStats stats = DescriptiveStats.of(TOTALS, 9, LINES);

    @Test
    void meanAndSampleAndPopulationSdFollowTheTextbookFormulas() {
        // Σ = 484.5, mean = 969/14; Σ(T − mean)² = 140545/14.
        assertThat(stats.mean()).isCloseTo(969.0 / 14, within(1e-12));
        assertThat(stats.sd()).isCloseTo(Math.sqrt(140545.0 / 14 / 6), within(1e-12));
        assertThat(stats.sdPopulation()).isCloseTo(Math.sqrt(140545.0 / 14 / 7), within(1e-12));
        assertThat(stats.max()).isEqualTo(120);
        assertThat(stats.min()).isZero();
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(stats.median()).isEqualTo(72);
    }

    @Test
    void medianOfAnEvenCountIsTheAverageOfTheTwoMiddleValues() {
        double[] even = {72, 102, 48, 47.5, 0, 95};
        assertThat(DescriptiveStats.of(even, LINES).median()).isEqualTo(60);
    }

    @Test
    void ratesCountTotalsOnTheLinesAsPassingExcellentAndNotLow() {
        // Pass: 72, 102, 120, 95. Excellent: 102, 120. Low (strictly below 48): 47.5 and 0.
        assertThat(stats.passRate()).isEqualTo(4.0 / 7);
        assertThat(stats.excellentRate()).isEqualTo(2.0 / 7);
        assertThat(stats.lowRate()).isEqualTo(2.0 / 7);
    }

    @Test
    void ratesUsePresentStudentsAndEnrolledIncludesTheAbsent() {
        assertThat(stats.nPresent()).isEqualTo(7);
        assertThat(stats.nEnrolled()).isEqualTo(9);
    }

    @Test
    void bandCountsPutFullMarksInTheClosedLastBand() {
        // 0 → 0, 47.5 → 3, 48 → 4, 72 → 6, 95 → 7, 102 → 8, 120 → 9.
        assertThat(stats.bandCounts()).containsExactly(1, 0, 0, 1, 1, 0, 1, 1, 1, 1);
    }

    @Test
    void oneStudentHasNoSampleSdButAPopulationSdOfZero() {
        DescriptiveStats one = DescriptiveStats.of(new double[] {80}, LINES);
        assertThat(one.sd()).isNaN();
        assertThat(one.sdPopulation()).isZero();
        assertThat(one.mean()).isEqualTo(80);
        assertThat(one.median()).isEqualTo(80);
    }

    @Test
    void nobodyPresentGivesNaNAndEmptyBands() {
        DescriptiveStats none = DescriptiveStats.of(new double[0], 3, LINES);
        assertThat(none.nEnrolled()).isEqualTo(3);
        assertThat(none.mean()).isNaN();
        assertThat(none.max()).isNaN();
        assertThat(none.passRate()).isNaN();
        assertThat(none.bandCounts()).containsOnly(0);
    }

    @Test
    void computingStatisticsLeavesTheTotalsUntouched() {
        double[] totals = TOTALS.clone();
        DescriptiveStats.of(totals, LINES);
        assertThat(totals).containsExactly(TOTALS);
    }
}
