package cn.hezuo.grouping;

import java.util.List;
import java.util.Map;

/**
 * One group of the result.
 *
 * @param index          0-based group index
 * @param memberIds      student ids in roster order
 * @param featureMeans   mean of every feature of the problem, in raw units (missing values imputed)
 * @param categoryCounts per reported attribute (balanced attributes, tiers): category → count
 * @param leaders        number of leader candidates
 */
public record GroupSummary(int index, List<String> memberIds, Map<String, Double> featureMeans,
                           Map<String, Map<String, Integer>> categoryCounts, int leaders) {

    public GroupSummary {
        memberIds = List.copyOf(memberIds);
        featureMeans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(featureMeans));
        categoryCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categoryCounts));
    }

    public int size() {
        return memberIds.size();
    }
}
