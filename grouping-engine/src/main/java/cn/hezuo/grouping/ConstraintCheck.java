package cn.hezuo.grouping;

/**
 * One hard rule, checked on the final grouping.
 *
 * @param key       what was checked, e.g. {@code balance:性别}, {@code tiers}, {@code keepApart},
 *                  {@code keepTogether}, {@code fixed}, {@code leaders}, {@code topThird:数学},
 *                  {@code sizes}
 * @param satisfied whether it holds in every group
 * @param detail    short English explanation (what was required, or where it fails)
 */
public record ConstraintCheck(String key, boolean satisfied, String detail) {
}
