package cn.hezuo.grouping;

import java.util.List;

/**
 * Balance of the final grouping, per objective feature and overall.
 *
 * @param features       per objective feature
 * @param maxMeanGapSd   worst |group mean − class mean| over all objective features, in SD units
 * @param sdOfGroupMeans mean over features of the SD of group means, in SD units
 * @param maxSdGap       worst |group SD − class SD| in SD units (what k-plus equalises)
 */
public record BalanceReport(List<FeatureBalance> features, double maxMeanGapSd, double sdOfGroupMeans,
                            double maxSdGap) {

    public BalanceReport {
        features = List.copyOf(features);
    }
}
