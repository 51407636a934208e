package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Min;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * Descriptive statistics of the totals of one group of present students (a class, or the whole grade).
 *
 * <p>With nobody present every value is NaN and every count 0; with one student {@code sd} is NaN (n−1 = 0) while
 * {@code sdPopulation} is 0.
 *
 * @param nEnrolled     present plus absent students
 * @param nPresent      present students, the denominator of every rate
 * @param sd            sample SD (denominator n−1)
 * @param sdPopulation  SD with denominator n, for information only
 * @param passRate      share with T ≥ pass line
 * @param excellentRate share with T ≥ excellent line
 * @param lowRate       share with T strictly below the low line
 * @param bandCounts    students per 10 % band, 10 entries; the last band is closed at full marks
 */
public record DescriptiveStats(int nEnrolled, int nPresent, double mean, double median, double sd,
        double sdPopulation, double max, double min, double passRate, double excellentRate, double lowRate,
        List<Integer> bandCounts) {

    public DescriptiveStats {
        bandCounts = List.copyOf(bandCounts);
    }

    /** Statistics of these totals, every one of them a present student. */
    public static DescriptiveStats of(double[] totals, ExamLines lines) {
        return of(totals, totals.length, lines);
    }

    /** Statistics of the present students' totals of a group that has {@code nEnrolled} students in all. */
    public static DescriptiveStats of(double[] totals, int nEnrolled, ExamLines lines) {
        int n = totals.length;
        if (nEnrolled < n) {
            throw new IllegalArgumentException("enrolled " + nEnrolled + " < present " + n);
        }
        int pass = 0;
        int excellent = 0;
        int low = 0;
        int[] bands = new int[ExamLines.BANDS];
        for (double total : totals) {
            pass += lines.passes(total) ? 1 : 0;
            excellent += lines.excellent(total) ? 1 : 0;
            low += lines.low(total) ? 1 : 0;
            bands[lines.band(total)]++;
        }
        List<Integer> bandCounts = new ArrayList<>(bands.length);
        for (int count : bands) {
            bandCounts.add(count);
        }
        if (n == 0) {
            double nan = Double.NaN;
            return new DescriptiveStats(nEnrolled, 0, nan, nan, nan, nan, nan, nan, nan, nan, nan, bandCounts);
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(Variance.of(totals).getAsDouble());
        return new DescriptiveStats(nEnrolled, n, Mean.of(totals).getAsDouble(),
                Median.withDefaults().withCopy(true).evaluate(totals), sd,
                Math.sqrt(Variance.of(totals).setBiased(true).getAsDouble()),
                Max.of(totals).getAsDouble(), Min.of(totals).getAsDouble(),
                (double) pass / n, (double) excellent / n, (double) low / n, bandCounts);
    }
}
