package cn.hezuo.group;

import cn.hezuo.grouping.SizeMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the head teacher chooses when forming groups. Stored as JSON with the plan so a plan can be
 * explained and re-run later.
 *
 * @param groupSize      students per group (4–8)
 * @param sizeMode       AT_MOST: groups of at most {@code groupSize}; AT_LEAST: at least
 * @param subjectIds     prior-score subjects to balance (empty: every subject with scores)
 * @param tierTemplate   "" for none, or a pattern such as "2:2:2" (tiers by total of those subjects)
 * @param balanceGender  every group gets its share of boys and girls (hard)
 * @param balancePersonality every group gets its share of 外向/内向 (hard)
 * @param leaderIds      leader candidates (组长候选): every group gets one where there are enough
 * @param apartPairs     keep-apart pairs of student ids
 * @param togetherPairs  keep-together pairs of student ids
 * @param mixWithLastPlan penalise pairs who were together in the active plan
 * @param seed           random seed; the same seed and choices give the same groups
 */
public record GroupingForm(
        @NotNull(message = "{validation.grouping.groupSize.notNull}") @Min(value = 4, message = "{validation.grouping.groupSize.min}") @Max(value = 8, message = "{validation.grouping.groupSize.max}") Integer groupSize,
        @NotNull(message = "{validation.grouping.sizeMode.notNull}") SizeMode sizeMode,
        List<Long> subjectIds,
        String tierTemplate,
        Boolean balanceGender,
        Boolean balancePersonality,
        List<Long> leaderIds,
        List<String> apartPairs,
        List<String> togetherPairs,
        Boolean mixWithLastPlan,
        Long seed) {

    public static final List<String> TIER_TEMPLATES = List.of("", "2:2", "1:2:1", "2:2:2", "1:1:1:1", "1:2:2:1");

    public GroupingForm {
        subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
        leaderIds = leaderIds == null ? List.of() : List.copyOf(leaderIds);
        apartPairs = cleanPairs(apartPairs);
        togetherPairs = cleanPairs(togetherPairs);
        tierTemplate = tierTemplate == null ? "" : tierTemplate.trim();
        // Browsers send nothing for an unticked box: absent means no.
        balanceGender = Boolean.TRUE.equals(balanceGender);
        balancePersonality = Boolean.TRUE.equals(balancePersonality);
        mixWithLastPlan = Boolean.TRUE.equals(mixWithLastPlan);
    }

    public static GroupingForm defaults() {
        return new GroupingForm(6, SizeMode.AT_MOST, List.of(), "", true, false, List.of(), List.of(), List.of(),
                true, null);
    }

    /** The template as counts per tier, top first; empty for none. */
    public int[] tierCounts() {
        if (tierTemplate.isEmpty()) {
            return new int[0];
        }
        String[] parts = tierTemplate.split("[:：]");
        int[] counts = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            counts[i] = Integer.parseInt(parts[i].trim());
        }
        return counts;
    }

    public boolean validTierTemplate() {
        return tierTemplate.isEmpty() || tierTemplate.matches("\\d(\\s*[:：]\\s*\\d){1,5}");
    }

    /** Pairs "12-34" as two student ids each; malformed entries are dropped. */
    public static List<long[]> parsePairs(List<String> pairs) {
        List<long[]> result = new ArrayList<>();
        for (String pair : pairs) {
            String[] ids = pair.split("-");
            if (ids.length == 2) {
                try {
                    long a = Long.parseLong(ids[0].trim());
                    long b = Long.parseLong(ids[1].trim());
                    if (a != b) {
                        result.add(new long[] {a, b});
                    }
                } catch (NumberFormatException ignored) {
                    // a hand-edited form; the pair is simply not used
                }
            }
        }
        return result;
    }

    private static List<String> cleanPairs(List<String> pairs) {
        if (pairs == null) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        pairs.stream().filter(p -> p != null && p.matches("\\d+-\\d+")).forEach(unique::add);
        return List.copyOf(unique);
    }
}
