package cn.hezuo.survey.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Two independent groups (实验班 vs 对照班) on an ordinal scale: the Mann–Whitney U (Wilcoxon rank-sum) test as R's
 * {@code wilcox.test(x, y)} (mid-ranks for ties; exact p when both groups have fewer than 50 answers and there are
 * no ties, else the normal approximation with the tie-corrected variance and a continuity correction), and the
 * rank-biserial r = (U_x − U_y) / (n_x·n_y) = 2·U_x/(n_x·n_y) − 1 (Kerby 2014), positive when group x tends to the
 * higher scores. See docs/surveys.md §5.
 *
 * @param u the U of group x: its rank sum − n_x(n_x + 1)/2 (R's W)
 */
public record IndependentOrdinalTest(int nX, int nY, double u, double p, boolean exact, double rankBiserial) {

    /** Scores of each answer (0 = first option of the scale); NaN results when a group is empty. */
    public static IndependentOrdinalTest of(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            return new IndependentOrdinalTest(x.length, y.length, Double.NaN, Double.NaN, false, Double.NaN);
        }
        var test = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.TWO_SIDED)
                .with(PValueMethod.AUTO)
                .with(ContinuityCorrection.ENABLED);
        var result = test.test(x, y);
        double u = result.getStatistic();
        double product = (double) x.length * y.length;
        boolean exact = x.length < 50 && y.length < 50 && !result.hasTiedValues();
        return new IndependentOrdinalTest(x.length, y.length, u, result.getPValue(), exact, 2 * u / product - 1);
    }

    /** From counts per option (option i scores i), as a survey report has them. */
    public static IndependentOrdinalTest ofCounts(long[] x, long[] y) {
        return of(expand(x), expand(y));
    }

    static double[] expand(long[] counts) {
        double[] values = new double[(int) PrePostTable.sum(counts)];
        int k = 0;
        for (int option = 0; option < counts.length; option++) {
            for (long c = 0; c < counts[option]; c++) {
                values[k++] = option;
            }
        }
        return values;
    }
}
