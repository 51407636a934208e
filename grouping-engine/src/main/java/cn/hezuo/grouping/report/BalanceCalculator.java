package cn.hezuo.grouping.report;

import cn.hezuo.grouping.BalanceReport;
import cn.hezuo.grouping.FeatureBalance;
import cn.hezuo.grouping.prepare.Features;
import cn.hezuo.grouping.prepare.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Per objective feature: the largest gap between a group mean and the class mean (raw units and
 * SD units), the population SD of the group means, and the largest gap between a group's SD and
 * the class SD (groups of two or more, sample SDs, in SD units — what k-plus equalises).
 * Same definitions as {@code score.py}'s {@code max_abs_mean_gap}, {@code sd_of_group_means} and
 * {@code max_abs_sd_gap}. O(N·d).
 */
final class BalanceCalculator {

    private BalanceCalculator() {
    }

    static BalanceReport compute(Model m, int[] groupOf) {
        Features f = m.features();
        int[][] members = Members.of(groupOf, m.k());
        List<FeatureBalance> rows = new ArrayList<>();
        double worstGap = 0;
        double sdSum = 0;
        double worstSd = 0;
        for (int q = 0; q < f.d(); q++) {
            int c = f.objective()[q];
            double mean = f.mean()[c];
            double sd = f.sd()[c];
            double maxGap = 0;
            double maxSdGap = 0;
            double[] means = new double[m.k()];
            int nonEmpty = 0;
            for (int g = 0; g < m.k(); g++) {
                int[] group = members[g];
                if (group.length == 0) {
                    continue; // only possible when evaluating a grouping made elsewhere
                }
                double s = 0;
                for (int i : group) {
                    s += f.raw()[i * f.f() + c];
                }
                double gm = s / group.length;
                means[nonEmpty++] = gm;
                maxGap = Math.max(maxGap, Math.abs(gm - mean));
                if (group.length >= 2) {
                    double ss = 0;
                    for (int i : group) {
                        double t = f.raw()[i * f.f() + c] - gm;
                        ss += t * t;
                    }
                    double gsd = Math.sqrt(ss / (group.length - 1));
                    maxSdGap = Math.max(maxSdGap, Math.abs(gsd - sd) / sd);
                }
            }
            double avg = 0;
            for (int g = 0; g < nonEmpty; g++) {
                avg += means[g];
            }
            avg /= Math.max(1, nonEmpty);
            double var = 0;
            for (int g = 0; g < nonEmpty; g++) {
                var += (means[g] - avg) * (means[g] - avg);
            }
            double sdMeans = Math.sqrt(var / Math.max(1, nonEmpty));
            rows.add(new FeatureBalance(m.featureNames().get(c), mean, sd, maxGap, maxGap / sd, sdMeans, maxSdGap));
            worstGap = Math.max(worstGap, maxGap / sd);
            sdSum += sdMeans / sd;
            worstSd = Math.max(worstSd, maxSdGap);
        }
        return new BalanceReport(rows, worstGap, f.d() == 0 ? 0 : sdSum / f.d(), worstSd);
    }
}
