package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Item analysis of one exam (spec §2): per item the mean score, difficulty, discrimination, item–rest and item–total
 * correlations, alpha if deleted, option distributions and per-class scoring rates; for the test, Cronbach's alpha
 * and the SEM.
 *
 * <p>Cost: one sort of the totals (O(N log N)) and two passes over the points (O(N·K)); every statistic derives from
 * the sums of {@link ItemSums}. With var = variance (n−1), cov(x, T) and the rest R = T − x:
 * cov(x, R) = cov(x, T) − var(x) and var(R) = var(T) + var(x) − 2·cov(x, T).
 *
 * <p>Like {@code psych::alpha()}, which deletes items without variance before it computes, alpha and alpha-if-deleted
 * count only the K' items whose scores vary; with no constant item K' = K and alpha is exactly
 * K/(K−1)·(1 − Σ var(x_j)/var(T)).
 *
 * <p>Undefined values are NaN: every correlation of a constant (an item everyone scored alike, a constant rest, equal
 * totals), alpha when K' &lt; 2 or var(T) = 0, alpha-if-deleted when K' &lt; 3 (where psych would print the correlation
 * of the two items instead) or for a constant item, D when k = 0 (N ≤ 1), variances when N &lt; 2.
 *
 * @param totalSd sample SD of the totals
 * @param sem     SD(T) · sqrt(1 − alpha)
 * @param groups  the 27 % groups (ties at the cut included) used by D and the U/L option counts
 */
public record ItemAnalysis(List<ItemStats> items, double alpha, double sem, double totalMean, double totalSd,
        UpperLowerGroups groups) {

    public ItemAnalysis {
        items = List.copyOf(items);
    }

    /**
     * One item.
     *
     * @param difficulty             P = meanScore / m
     * @param discriminationD        (mean over U − mean over L) / m, ties at the cuts included in U and L
     * @param discriminationDStrictK the same over exactly k students per group (total desc, student id asc)
     * @param rItemRest              Pearson r(x, T − x), psych's {@code r.drop}
     * @param rItemTotal             Pearson r(x, T), psych's {@code raw.r}
     * @param alphaIfDeleted         raw alpha of the other K' − 1 varying items, psych's {@code alpha.drop$raw_alpha}
     * @param scoringRateByClass     class mean / m, in class order; NaN for a class with nobody present
     * @param options                option counts, for objective items only
     */
    public record ItemStats(Item item, double meanScore, double difficulty, double discriminationD,
            double discriminationDStrictK, double rItemRest, double rItemTotal, double alphaIfDeleted,
            List<Double> scoringRateByClass, Optional<OptionDistribution> options) {

        public ItemStats {
            scoringRateByClass = List.copyOf(scoringRateByClass);
        }
    }

    /** Options chosen on one objective item: by everyone, per class (in class order), inside U and inside L. */
    public record OptionDistribution(OptionCounts overall, List<OptionCounts> byClass, OptionCounts upper,
            OptionCounts lower) {

        public OptionDistribution {
            byClass = List.copyOf(byClass);
        }
    }

    public static ItemAnalysis analyse(ExamMatrix matrix) {
        UpperLowerGroups groups = UpperLowerGroups.of(matrix.scores());
        ItemSums sums = new ItemSums(matrix, groups.membership(matrix.scores()));
        Scale scale = Scale.of(sums, matrix.scores());
        double alpha = scale.alpha();
        List<ItemStats> items = new ArrayList<>(sums.k);
        for (int j = 0; j < sums.k; j++) {
            items.add(item(matrix, sums, groups, scale, j));
        }
        double sd = Math.sqrt(scale.varT);
        return new ItemAnalysis(items, alpha, sd * Math.sqrt(1 - alpha), sums.totalMean, sd, groups);
    }

    private static ItemStats item(ExamMatrix matrix, ItemSums sums, UpperLowerGroups groups, Scale scale, int j) {
        Item item = matrix.items().get(j);
        double m = item.maxPoints();
        int k = sums.k;
        boolean constant = sums.itemConstant[j];
        double varX = scale.itemVariances[j];
        double varT = scale.varT;
        double cov = variance(sums.crossProducts[j], sums.n);
        double varRest = sums.restConstant[j] ? 0 : varT + varX - 2 * cov;
        double rTotal = constant || scale.totalsConstant ? Double.NaN : cov / Math.sqrt(varX * varT);
        double rRest = constant || !(varRest > 0) ? Double.NaN : (cov - varX) / Math.sqrt(varX * varRest);
        double alphaIfDeleted = constant ? Double.NaN : scale.alphaWithout(j, varRest);
        double d = (sums.upperSum[j] / groups.upperSize() - sums.lowerSum[j] / groups.lowerSize()) / m;
        double dStrict = (sums.strictUpperSum[j] - sums.strictLowerSum[j]) / groups.k() / m;
        ScoreTable scores = matrix.scores();
        List<Double> rates = new ArrayList<>(scores.classCount());
        for (int c = 0; c < scores.classCount(); c++) {
            rates.add(sums.classSum[c * k + j] / scores.present(c) / m);
        }
        Optional<OptionDistribution> options = item.objective()
                ? Optional.of(options(sums, j, scores.classCount()))
                : Optional.empty();
        double mean = sums.mean(j);
        return new ItemStats(item, mean, mean / m, d, dStrict, rRest, rTotal, alphaIfDeleted, rates, options);
    }

    /**
     * Test-level variances. Like {@code psych::alpha()}, which drops items without variance before computing, alpha
     * counts only the items whose scores vary: a constant item adds nothing to Σ var(x_j) or var(T), only to K.
     */
    private record Scale(double varT, boolean totalsConstant, double[] itemVariances, double sumOfItemVariances,
            int varyingItems) {

        static Scale of(ItemSums sums, ScoreTable scores) {
            boolean totalsConstant = sums.n == 0 || allEqual(scores.totalsArray());
            double varT = totalsConstant && sums.n > 1 ? 0 : variance(sums.totalSquares, sums.n);
            double[] variances = new double[sums.k];
            double sum = 0;
            int varying = 0;
            for (int j = 0; j < sums.k; j++) {
                variances[j] = sums.itemConstant[j] && sums.n > 1 ? 0 : variance(sums.itemSquares[j], sums.n);
                sum += variances[j];
                varying += sums.itemConstant[j] ? 0 : 1;
            }
            return new Scale(varT, totalsConstant, variances, sum, varying);
        }

        double alpha() {
            return alpha(varyingItems, sumOfItemVariances, varT);
        }

        /** Alpha of the other varying items; their sum is the rest score T − x_j. */
        double alphaWithout(int j, double varRest) {
            return alpha(varyingItems - 1, sumOfItemVariances - itemVariances[j], varRest);
        }

        /** Raw alpha of {@code k} items: k/(k−1) · (1 − Σ var / var of their sum); NaN below 2 items. */
        private static double alpha(int k, double sumOfVariances, double varianceOfSum) {
            return k < 2 || !(varianceOfSum > 0) ? Double.NaN : k / (k - 1.0) * (1 - sumOfVariances / varianceOfSum);
        }
    }

    private static OptionDistribution options(ItemSums sums, int j, int classCount) {
        int o = j * ItemSums.OPTIONS;
        List<OptionCounts> byClass = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            byClass.add(OptionCounts.of(sums.classOptions, (c * sums.k + j) * ItemSums.OPTIONS));
        }
        return new OptionDistribution(OptionCounts.of(sums.options, o), byClass,
                OptionCounts.of(sums.upperOptions, o), OptionCounts.of(sums.lowerOptions, o));
    }

    private static double variance(double centredSquares, int n) {
        return n < 2 ? Double.NaN : centredSquares / (n - 1);
    }

    private static boolean allEqual(double[] totals) {
        for (double t : totals) {
            if (t != totals[0]) {
                return false;
            }
        }
        return true;
    }
}
