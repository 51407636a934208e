package cn.hezuo.grouping.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Groups that may not be paired, as classes: groups sharing a non-blank avoid-same value form one class; every other
 * group (all of them without avoid-same) is a class of its own.
 */
final class Classes {

    /** Class of each group. */
    final int[] of;
    /** Size of each class. */
    final int[] sizes;
    private final boolean avoiding;

    private Classes(int[] of, int[] sizes, boolean avoiding) {
        this.of = of;
        this.sizes = sizes;
        this.avoiding = avoiding;
    }

    static Classes of(ReviewRequest request) {
        int n = request.groupIds().size();
        int[] of = new int[n];
        List<Integer> sizes = new ArrayList<>();
        Map<String, Integer> byValue = new HashMap<>();
        List<String> values = request.avoidSameValues();
        for (int i = 0; i < n; i++) {
            String v = values == null ? "" : values.get(i);
            Integer c = v.isEmpty() ? null : byValue.get(v);
            if (c == null) {
                c = sizes.size();
                sizes.add(0);
                if (!v.isEmpty()) {
                    byValue.put(v, c);
                }
            }
            of[i] = c;
            sizes.set(c, sizes.get(c) + 1);
        }
        return new Classes(of, sizes.stream().mapToInt(Integer::intValue).toArray(), values != null);
    }

    boolean avoiding() {
        return avoiding;
    }

    int largest() {
        int max = 0;
        for (int s : sizes) {
            max = Math.max(max, s);
        }
        return max;
    }

    /** {@code n·k} reviews in fewer unordered allowed pairs force at least the difference to be mutual. */
    long forcedMutualPairs(int k) {
        long n = of.length;
        long same = 0;
        for (int s : sizes) {
            same += (long) s * s;
        }
        long allowedPairs = (n * n - same) / 2;
        return Math.max(0, n * k - allowedPairs);
    }

    /** The first group of a largest class. */
    int memberOfLargest() {
        int largest = largest();
        for (int i = 0; i < of.length; i++) {
            if (sizes[of[i]] == largest) {
                return i;
            }
        }
        throw new IllegalStateException("no groups");
    }

    /** Members of each class, in random order. */
    int[][] shuffledMembers(SplittableRandom random) {
        int[][] members = new int[sizes.length][];
        int[] fill = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            members[c] = new int[sizes[c]];
        }
        for (int i = 0; i < of.length; i++) {
            members[of[i]][fill[of[i]]++] = i;
        }
        for (int[] m : members) {
            shuffle(m, random);
        }
        return members;
    }

    /** All groups on a circle: classes in random order, each contiguous, members shuffled. */
    int[] layout(SplittableRandom random) {
        int[][] members = shuffledMembers(random);
        int[] order = new int[members.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        int[] layout = new int[of.length];
        int at = 0;
        for (int c : order) {
            for (int g : members[c]) {
                layout[at++] = g;
            }
        }
        return layout;
    }

    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
