package cn.hezuo.grouping.search;

import java.util.concurrent.ConcurrentHashMap;

/**
 * k-subsets of {0..m-1} as bit masks in revolving-door (Gray) order: consecutive subsets differ by
 * removing one element and adding another (Knuth, TAOCP 7.2.1.3, algorithm R). With
 * {@code mirror} only subsets containing element 0 are listed — for two groups of equal size the
 * rest are mirror images. Lists are cached; they are immutable and shared between threads.
 */
final class Combinations {

    private static final ConcurrentHashMap<Integer, long[]> CACHE = new ConcurrentHashMap<>();

    private Combinations() {
    }

    /** Number of subsets {@link #revolvingDoor} would list (saturating at Long.MAX_VALUE). */
    static long count(int m, int k, boolean mirror) {
        return mirror ? binomial(m - 1, k - 1) : binomial(m, k);
    }

    static long binomial(int n, int k) {
        if (k < 0 || k > n) {
            return 0;
        }
        k = Math.min(k, n - k);
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
            if (r > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return r;
    }

    static long[] revolvingDoor(int m, int k, boolean mirror) {
        int key = (m << 8 | k) << 1 | (mirror ? 1 : 0);
        return CACHE.computeIfAbsent(key, x -> mirror ? withFirst(m, k) : build(m, k));
    }

    private static long[] withFirst(int m, int k) {
        long[] rest = build(m - 1, k - 1);
        long[] out = new long[rest.length];
        for (int t = 0; t < rest.length; t++) {
            out[t] = rest[t] << 1 | 1L;
        }
        return out;
    }

    /** R(n, k) = R(n-1, k) followed by R(n-1, k-1) reversed with element n-1 added. */
    private static long[] build(int n, int k) {
        long[] out = new long[(int) binomial(n, k)];
        fill(n, k, out, 0, false);
        return out;
    }

    private static int fill(int n, int k, long[] out, int pos, boolean reverse) {
        if (k == 0) {
            out[pos] = 0;
            return pos + 1;
        }
        if (k == n) {
            out[pos] = n == 64 ? -1L : (1L << n) - 1;
            return pos + 1;
        }
        if (!reverse) {
            pos = fill(n - 1, k, out, pos, false);
            int from = pos;
            pos = fill(n - 1, k - 1, out, pos, true);
            for (int t = from; t < pos; t++) {
                out[t] |= 1L << (n - 1);
            }
        } else {
            int from = pos;
            pos = fill(n - 1, k - 1, out, pos, false);
            for (int t = from; t < pos; t++) {
                out[t] |= 1L << (n - 1);
            }
            pos = fill(n - 1, k, out, pos, true);
        }
        return pos;
    }
}
