package cn.hezuo.grouping;

/**
 * How evenly one feature is spread over the groups.
 *
 * @param feature          feature name
 * @param mean             class mean (raw units)
 * @param sd               class sample standard deviation (raw units)
 * @param maxMeanGap       max over groups of |group mean − class mean| (raw units)
 * @param maxMeanGapSd     the same in SD units
 * @param sdOfGroupMeans   population SD of the group means (raw units)
 * @param maxSdGap         max over groups (size ≥ 2) of |group SD − class SD| in SD units
 */
public record FeatureBalance(String feature, double mean, double sd, double maxMeanGap, double maxMeanGapSd,
                             double sdOfGroupMeans, double maxSdGap) {
}
