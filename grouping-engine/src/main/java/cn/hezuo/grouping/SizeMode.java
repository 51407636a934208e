package cn.hezuo.grouping;

/**
 * How a requested group size {@code s} turns into a number of groups. Sizes always differ by at
 * most one, and the first groups (lowest indices) get the extra member.
 */
public enum SizeMode {
    /** Groups of at most {@code s}: {@code ceil(N / s)} groups (47 students, s = 6: 7 × 6 + 1 × 5). */
    AT_MOST,
    /** Groups of at least {@code s}: {@code floor(N / s)} groups (47 students, s = 6: 5 × 7 + 2 × 6). */
    AT_LEAST
}
