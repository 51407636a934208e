package cn.hezuo.grouping.review;

import java.util.HashSet;
import java.util.Set;

/** Who reviews whom, for O(1) look-ups: a bit matrix up to 20,000 groups (50 MB at most), a hash set beyond. */
final class Adjacency {

    private static final int MATRIX_LIMIT = 20_000;

    private final int n;
    private final long[] bits;
    private final Set<Long> set;

    Adjacency(int[][] reviews) {
        n = reviews.length;
        if (n <= MATRIX_LIMIT) {
            bits = new long[(int) (((long) n * n + 63) / 64)];
            set = null;
        } else {
            bits = null;
            set = new HashSet<>();
        }
        for (int r = 0; r < n; r++) {
            for (int t : reviews[r]) {
                add(r, t);
            }
        }
    }

    boolean has(int from, int target) {
        long i = (long) from * n + target;
        return bits != null ? (bits[(int) (i >>> 6)] & (1L << i)) != 0 : set.contains(i);
    }

    void add(int from, int target) {
        long i = (long) from * n + target;
        if (bits != null) {
            bits[(int) (i >>> 6)] |= 1L << i;
        } else {
            set.add(i);
        }
    }

    void remove(int from, int target) {
        long i = (long) from * n + target;
        if (bits != null) {
            bits[(int) (i >>> 6)] &= ~(1L << i);
        } else {
            set.remove(i);
        }
    }
}
