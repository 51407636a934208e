package cn.hezuo.grouping;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A tier template (分层模板) such as 2:2:2: every group of six gets two students from the top tier,
 * two from the middle and two from the bottom. A hard constraint.
 *
 * <p>Tiers come either from a score ({@link #byScore}, {@link #byTotalScore}) or from a category
 * the school already assigned ({@link #byCategory}).
 *
 * <ul>
 *   <li><b>From a score</b>: students are ranked by the score (highest first, ties by roster order)
 *       and cut into tiers whose sizes are exactly what the groups need, so the template always
 *       fits. With 2:2:2 that is top, middle and bottom thirds; with 1:2:1 a quarter, a half and
 *       a quarter.</li>
 *   <li><b>From a category</b>: tier sizes are given by the data. When they do not match the
 *       template, each group gets the closest feasible quota and the result carries a warning.</li>
 * </ul>
 *
 * When a group's size differs from the template's sum (47 students in groups of 6 give one group
 * of 5), that group gets the template scaled to its size (2:2:2 → 2:2:1 or 2:1:2 or 1:2:2, spread
 * so the tier totals stay proportional), and the result says so in a warning.
 *
 * @param source    where tiers come from
 * @param column    the feature name ({@link Source#SCORE}), {@code null} for the total of the
 *                  objective features ({@link Source#TOTAL}), or the category attribute
 *                  ({@link Source#CATEGORY})
 * @param tiers     for {@link Source#CATEGORY}: the category values, top tier first; empty otherwise
 * @param perGroup  how many students of each tier one group gets, top tier first
 */
public record TierTemplate(Source source, String column, List<String> tiers, List<Integer> perGroup) {

    /** Where tier membership comes from. */
    public enum Source { SCORE, TOTAL, CATEGORY }

    public TierTemplate {
        Objects.requireNonNull(source, "source");
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        perGroup = List.copyOf(Objects.requireNonNull(perGroup, "perGroup"));
    }

    /** Tiers by quantiles of one feature (a name in {@link GroupingProblem#featureNames()}). */
    public static TierTemplate byScore(String feature, int... perGroup) {
        return new TierTemplate(Source.SCORE, Objects.requireNonNull(feature, "feature"), List.of(), toList(perGroup));
    }

    /** Tiers by quantiles of the total (sum of raw values) of the features the objective uses (总分). */
    public static TierTemplate byTotalScore(int... perGroup) {
        return new TierTemplate(Source.TOTAL, null, List.of(), toList(perGroup));
    }

    /** Tiers given as a category attribute; {@code tiersTopFirst} lists its values, top tier first. */
    public static TierTemplate byCategory(String attribute, List<String> tiersTopFirst, int... perGroup) {
        return new TierTemplate(Source.CATEGORY, Objects.requireNonNull(attribute, "attribute"), tiersTopFirst, toList(perGroup));
    }

    /** The template written the usual way, e.g. {@code 2:2:2}. */
    public String pattern() {
        return perGroup.stream().map(String::valueOf).collect(Collectors.joining(":"));
    }

    private static List<Integer> toList(int[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
