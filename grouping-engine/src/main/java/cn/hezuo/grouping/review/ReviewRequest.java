package cn.hezuo.grouping.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to draw.
 *
 * @param groupIds        the groups, unique and non-blank ids, at least two
 * @param avoidSameValues {@code null} to pair any groups; otherwise one value per group (same order as
 *                        {@code groupIds}): groups with the same non-blank value are never paired, a blank value
 *                        conflicts with nothing
 * @param reviews         how many others each group reviews ({@code k}, at least 1)
 * @param seed            the same request and seed give the same plan
 */
public record ReviewRequest(List<String> groupIds, List<String> avoidSameValues, int reviews, long seed) {

    public ReviewRequest {
        Objects.requireNonNull(groupIds, "groupIds");
        groupIds = List.copyOf(groupIds);
        if (avoidSameValues != null) {
            if (avoidSameValues.size() != groupIds.size()) {
                throw new IllegalArgumentException("avoidSameValues has " + avoidSameValues.size()
                        + " values for " + groupIds.size() + " groups");
            }
            List<String> copy = new ArrayList<>(avoidSameValues.size());
            for (String v : avoidSameValues) {
                copy.add(v == null ? "" : v.trim());
            }
            avoidSameValues = Collections.unmodifiableList(copy);
        }
        Set<String> seen = new HashSet<>();
        for (String id : groupIds) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a group id is blank");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("group id \"" + id + "\" appears twice");
            }
        }
        if (reviews < 1) {
            throw new IllegalArgumentException("reviews must be at least 1 (got " + reviews + ")");
        }
    }

    /** Any two different groups may be paired. */
    public static ReviewRequest of(List<String> groupIds, int reviews, long seed) {
        return new ReviewRequest(groupIds, null, reviews, seed);
    }
}
