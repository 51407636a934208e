package cn.hezuo.grouping.review;

import java.util.SplittableRandom;

/**
 * Removes mutual pairs by swapping reviewees: A→B (with B→A) and C→D become A→D and C→B when both new pairs are
 * allowed, new, and the swap lowers the number of mutual pairs. Degrees stay exactly {@code k} both ways.
 */
final class Repair {

    private static final int TRIES_PER_EDGE = 24;
    private static final int PASSES = 8;

    private Repair() {
    }

    /**
     * @param forced the fewest mutual pairs possible ({@code n·k} minus the unordered pairs allowed, at least 0):
     *               the repair stops there
     */
    static void mutualPairs(int[][] reviews, int[] classOf, long forced, SplittableRandom random) {
        int n = reviews.length;
        int k = reviews[0].length;
        Adjacency adj = new Adjacency(reviews);
        long mutual = 0;
        for (int a = 0; a < n; a++) {
            for (int b : reviews[a]) {
                if (a < b && adj.has(b, a)) {
                    mutual++;
                }
            }
        }
        for (int pass = 0; pass < PASSES && mutual > forced; pass++) {
            boolean changed = false;
            boolean anyMutual = false;
            for (int a = 0; a < n; a++) {
                for (int j = 0; j < k; j++) {
                    int b = reviews[a][j];
                    if (mutual <= forced) {
                        return;
                    }
                    if (!adj.has(b, a)) {
                        continue;
                    }
                    anyMutual = true;
                    for (int t = 0; t < TRIES_PER_EDGE; t++) {
                        int c = random.nextInt(n);
                        int jc = random.nextInt(k);
                        int d = reviews[c][jc];
                        if (c == a || c == b || d == a || d == b
                                || classOf[a] == classOf[d] || classOf[c] == classOf[b]
                                || adj.has(a, d) || adj.has(c, b)) {
                            continue;
                        }
                        int delta = -1 - (adj.has(d, c) ? 1 : 0) + (adj.has(d, a) ? 1 : 0)
                                + (adj.has(b, c) ? 1 : 0);
                        if (delta < 0) {
                            reviews[a][j] = d;
                            reviews[c][jc] = b;
                            adj.remove(a, b);
                            adj.remove(c, d);
                            adj.add(a, d);
                            adj.add(c, b);
                            mutual += delta;
                            changed = true;
                            break;
                        }
                    }
                }
            }
            if (!changed || !anyMutual) {
                return;
            }
        }
    }
}
