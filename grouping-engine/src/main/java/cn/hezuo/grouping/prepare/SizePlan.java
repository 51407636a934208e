package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.SizeMode;

/**
 * Group sizes. Sizes differ by at most one; the first {@code N mod K} groups get the extra member.
 * From a size {@code s}: {@link SizeMode#AT_MOST} gives {@code ceil(N/s)} groups,
 * {@link SizeMode#AT_LEAST} gives {@code max(1, floor(N/s))} groups.
 */
public final class SizePlan {

    private SizePlan() {
    }

    public static int[] sizes(int n, GroupingOptions options) {
        int k;
        if (options.groupCount() != null) {
            k = options.groupCount();
            if (k < 1) {
                throw Messages.error("grouping.input.groupSpec", k);
            }
            if (k > n) {
                throw Messages.error("grouping.input.tooManyGroups", n, k);
            }
        } else if (options.groupSize() != null) {
            int s = options.groupSize();
            if (s < 1) {
                throw Messages.error("grouping.input.groupSpec", s);
            }
            k = options.sizeMode() == SizeMode.AT_MOST ? (n + s - 1) / s : Math.max(1, n / s);
        } else {
            throw Messages.error("grouping.input.groupSpec", "nothing");
        }
        return sizesForCount(n, k);
    }

    public static int[] sizesForCount(int n, int k) {
        int[] sizes = new int[k];
        for (int g = 0; g < k; g++) {
            sizes[g] = n / k + (g < n % k ? 1 : 0);
        }
        return sizes;
    }
}
