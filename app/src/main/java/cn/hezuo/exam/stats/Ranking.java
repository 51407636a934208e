package cn.hezuo.exam.stats;

import java.util.Arrays;

/**
 * Competition ranks and mid-rank percentile ranks. Each is one sort of a primitive copy plus a binary search per
 * value: O(N log N), no boxing.
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * Competition ranking ("1224") in descending order: rank = 1 + the number of strictly greater values, so ties
     * share the smallest rank and the next rank skips. {@code competition([90, 80, 80, 70])} is {@code [1, 2, 2, 4]}.
     */
    public static int[] competition(double[] values) {
        double[] sorted = sortedCopy(values);
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = 1 + values.length - countAtMost(sorted, values[i]);
        }
        return ranks;
    }

    /** Each present student's grade rank (row order): competition ranking of the totals, descending. */
    public static int[] gradeRanks(ScoreTable scores) {
        return competition(scores.totalsArray());
    }

    /** Each present student's class rank (row order): competition ranking of the totals within the class. */
    public static int[] classRanks(ScoreTable scores) {
        return competitionWithin(scores.totalsArray(), scores.classIndexArray(), scores.classCount());
    }

    /** Competition ranking within groups (a class rank): {@code group[i]} is 0..groupCount−1 for value i. */
    public static int[] competitionWithin(double[] values, int[] group, int groupCount) {
        int[][] members = membersByGroup(group, groupCount);
        int[] ranks = new int[values.length];
        for (int[] rows : members) {
            double[] groupValues = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                groupValues[r] = values[rows[r]];
            }
            int[] groupRanks = competition(groupValues);
            for (int r = 0; r < rows.length; r++) {
                ranks[rows[r]] = groupRanks[r];
            }
        }
        return ranks;
    }

    /**
     * Mid-rank percentile ranks: PR(x_i) = 100 · (#{x_j < x_i} + 0.5 · #{x_j = x_i}) / N, the equal count including i.
     */
    public static double[] percentileRanks(double[] values) {
        long[] halves = halfCounts(values);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = 50.0 * halves[i] / values.length;
        }
        return ranks;
    }

    /**
     * Twice the mid-rank count, 2·#less + #equal, as an exact integer: PR = 50 · h / N. Comparisons of percentile
     * ranks against thresholds are done on these so that a drop of exactly 10 points is exactly 10.
     */
    static long[] halfCounts(double[] values) {
        double[] sorted = sortedCopy(values);
        long[] halves = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            int less = countLess(sorted, values[i]);
            int atMost = countAtMost(sorted, values[i]);
            halves[i] = (long) less + atMost;
        }
        return halves;
    }

    static int[][] membersByGroup(int[] group, int groupCount) {
        int[] sizes = new int[groupCount];
        for (int g : group) {
            sizes[g]++;
        }
        int[][] members = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            members[g] = new int[sizes[g]];
        }
        int[] filled = new int[groupCount];
        for (int i = 0; i < group.length; i++) {
            members[group[i]][filled[group[i]]++] = i;
        }
        return members;
    }

    private static double[] sortedCopy(double[] values) {
        for (double value : values) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("cannot rank NaN");
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Number of elements of an ascending array that are {@code < value}. */
    static int countLess(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of elements of an ascending array that are {@code ≤ value}. */
    static int countAtMost(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
