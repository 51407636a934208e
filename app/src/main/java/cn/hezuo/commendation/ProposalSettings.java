package cn.hezuo.commendation;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The teacher's choice for a proposal: a weight (0–10) per criterion, how many 优秀小组, and how 优秀个人 are picked.
 * Stored with a confirmed commendation as text, e.g. {@code POINTS:1,IMPROVEMENT:0}.
 */
public record ProposalSettings(Map<Criterion, Integer> weights, int groupCount, IndividualMode individualMode,
                               int individualCount) {

    public static final int MAX_WEIGHT = 10;

    public ProposalSettings {
        Map<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            int w = weights == null ? 0 : weights.getOrDefault(c, 0) == null ? 0 : weights.getOrDefault(c, 0);
            copy.put(c, Math.max(0, Math.min(MAX_WEIGHT, w)));
        }
        weights = Map.copyOf(copy);
        groupCount = Math.max(0, Math.min(20, groupCount));
        individualMode = individualMode == null ? IndividualMode.PER_GROUP : individualMode;
        individualCount = Math.max(0, Math.min(60, individualCount));
    }

    /** Points only, two groups, the top student of each group. */
    public static ProposalSettings defaults() {
        return new ProposalSettings(Map.of(Criterion.POINTS, 1), 2, IndividualMode.PER_GROUP, 5);
    }

    public int weight(Criterion criterion) {
        return weights.get(criterion);
    }

    public String criteriaText() {
        StringJoiner text = new StringJoiner(",");
        for (Criterion c : Criterion.values()) {
            text.add(c.name() + ":" + weight(c));
        }
        return text.toString();
    }

    /** Reads {@link #criteriaText()}; unknown criteria (a later version's) are ignored. */
    public static Map<Criterion, Integer> parseCriteria(String text) {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (String part : text.split(",")) {
            String[] pair = part.split(":");
            if (pair.length == 2) {
                try {
                    weights.put(Criterion.valueOf(pair[0].strip()), Integer.parseInt(pair[1].strip()));
                } catch (IllegalArgumentException e) {
                    // a criterion this version does not know
                }
            }
        }
        return weights;
    }
}
