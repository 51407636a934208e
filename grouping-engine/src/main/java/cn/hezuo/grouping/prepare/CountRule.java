package cn.hezuo.grouping.prepare;

/**
 * A hard rule on how many students of each category a group may have: for every group {@code g}
 * and category {@code c}, {@code lo[g·C + c] ≤ count ≤ hi[g·C + c]}. Category balance, tier
 * quotas, leader coverage and top-third coverage are all expressed this way, so the search checks
 * every one of them with the same O(1) count update per moved student.
 */
public final class CountRule {

    /** What the rule stands for (reports word it accordingly). */
    public enum Kind { BALANCE, TIER, LEADER, TOP_THIRD }

    private final String key;
    private final Kind kind;
    private final String[] categories;
    private final int[] categoryOf;
    private final int[] lo;
    private final int[] hi;

    /**
     * @param key        report key, e.g. {@code balance:性别}
     * @param categories category names
     * @param categoryOf per student the category index, or -1 when the rule does not count them
     * @param lo         per group and category the minimum ({@code g·C + c})
     * @param hi         per group and category the maximum
     */
    public CountRule(String key, Kind kind, String[] categories, int[] categoryOf, int[] lo, int[] hi) {
        this.key = key;
        this.kind = kind;
        this.categories = categories;
        this.categoryOf = categoryOf;
        this.lo = lo;
        this.hi = hi;
    }

    public String key() { return key; }

    public Kind kind() { return kind; }

    public int categoryCount() { return categories.length; }

    public String category(int c) { return categories[c]; }

    /** Category of student {@code i}, or -1. */
    public int categoryOf(int i) { return categoryOf[i]; }

    public int lo(int g, int c) { return lo[g * categories.length + c]; }

    public int hi(int g, int c) { return hi[g * categories.length + c]; }

    /** Balance bounds as {@code score.py} defines "strict": [floor, ceil] of {@code size·count/N}. */
    static int[][] proportionalBounds(int[] sizes, int[] categoryTotals, int n) {
        int k = sizes.length;
        int c = categoryTotals.length;
        int[] lo = new int[k * c];
        int[] hi = new int[k * c];
        for (int g = 0; g < k; g++) {
            for (int q = 0; q < c; q++) {
                long num = (long) sizes[g] * categoryTotals[q];
                lo[g * c + q] = (int) (num / n);
                hi[g * c + q] = (int) ((num + n - 1) / n);
            }
        }
        return new int[][] {lo, hi};
    }
}
