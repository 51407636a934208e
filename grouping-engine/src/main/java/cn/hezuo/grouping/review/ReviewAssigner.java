package cn.hezuo.grouping.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws who reviews whom among groups.
 *
 * <p><b>Without avoid-same</b> (and with avoid-same while the largest class of equal values is small): the groups are
 * laid out on a circle in random order (with avoid-same: classes of equal value in random order, each class
 * contiguous, members shuffled) and group at position {@code i} reviews the groups at {@code i + s} for {@code k}
 * distinct shifts {@code s}. Every shift is a fixed-point-free permutation, so each group reviews and is reviewed
 * exactly once per shift: {@code k}-regular in and out, never itself, no pair twice. A mutual pair arises only from
 * the shifts {@code s} and {@code n − s} together (or {@code s = n/2}), so shifts are taken one per pair
 * {@code {s, n−s}} first: no mutual pair while {@code k ≤ ⌊(n−1)/2⌋}, and beyond that the fewest possible
 * ({@code n·k − n(n−1)/2}, since {@code n·k} reviews fit in {@code n(n−1)/2} unordered pairs). With classes of size
 * at most {@code c}, the shifts {@code c … n−c} never land in the reviewer's own class, so this works while
 * {@code k ≤ n − 2c + 1}.
 *
 * <p><b>Avoid-same with a large class</b>: first how many reviews go from each class to each other class, as a
 * maximum flow between classes (capacity {@code |P|·|Q|} for classes {@code P ≠ Q}); the request is feasible exactly
 * when that flow carries {@code n·k} (a member-level {@code k}-factor needs it, and the construction below realises
 * any such flow). Then each class-to-class block of {@code x} reviews is laid out by two cursors running over the
 * reviewing and the reviewed class ({@code i ↦ (a + i mod |P|, b + i + ⌊i / lcm⌋ − ⌊x / lcm⌋ mod |Q|)}): within a
 * round of {@code lcm(|P|,|Q|)} steps the pairs differ by the Chinese remainder theorem, successive rounds fall on
 * different residues of {@code q − p} modulo {@code gcd}, so no pair repeats for {@code x ≤ |P|·|Q|}; full rounds
 * reach every member equally and the partial rounds of successive blocks continue where the last stopped, so every
 * member has exactly {@code k} both ways. Mutual pairs are then removed
 * where a swap of reviewees (A→B, C→D into A→D, C→B) allows it.
 *
 * <p>Time: {@code O(n·k)} for the circle, plus a flow over the {@code m} classes ({@code O(m²)} edges) when needed.
 * The only randomness comes from one {@link SplittableRandom} seeded with the request's seed.
 */
public final class ReviewAssigner {

    private ReviewAssigner() {
    }

    public static ReviewPlan assign(ReviewRequest request) {
        int n = request.groupIds().size();
        int k = request.reviews();
        if (n < 2) {
            throw new ReviewInfeasibleException("review needs at least 2 groups (got " + n + ")", 0);
        }
        SplittableRandom random = new SplittableRandom(request.seed());
        Classes classes = Classes.of(request);
        int cMax = classes.largest();
        int eligible = n - cMax;
        if (k > eligible) {
            throw new ReviewInfeasibleException(tooMany(request, classes, k, eligible), maxReviews(classes, n));
        }
        int[][] reviews;
        if (k <= n - 2 * cMax + 1) {
            reviews = circle(classes, k, random);
        } else {
            long[][] blocks = classFlow(classes, k);
            if (blocks == null) {
                int max = maxReviews(classes, n);
                throw new ReviewInfeasibleException("cannot give every group " + k + " reviews: the largest set of groups"
                        + " with the same value (" + cMax + " of " + n + ") leaves too few others; at most " + max
                        + " reviews per group are possible", max);
            }
            reviews = blocks(classes, blocks, k, random);
        }
        if (classes.avoiding()) {
            Repair.mutualPairs(reviews, classes.of, classes.forcedMutualPairs(k), random);
        }
        return plan(request, reviews);
    }

    private static String tooMany(ReviewRequest request, Classes classes, int k, int eligible) {
        if (!classes.avoiding()) {
            return "cannot give every group " + k + " reviews: there are only " + eligible
                    + " other groups (reviews must be at most " + eligible + ")";
        }
        int who = classes.memberOfLargest();
        return "cannot give every group " + k + " reviews: group \"" + request.groupIds().get(who) + "\" ("
                + request.avoidSameValues().get(who) + ") may review only " + eligible + " groups with another value";
    }

    // The circle: k shifts of one random layout; one shift of each pair {s, n-s} before any mutual one.
    private static int[][] circle(Classes classes, int k, SplittableRandom random) {
        int n = classes.of.length;
        int[] layout = classes.layout(random);
        int low = classes.largest();
        int high = n - low;
        List<Integer> firsts = new ArrayList<>();
        List<Integer> partners = new ArrayList<>();
        int half = -1;
        for (int s = low; s <= high; s++) {
            if (2 * s < n) {
                boolean flip = random.nextBoolean() && n - s <= high;
                firsts.add(flip ? n - s : s);
                partners.add(flip ? s : n - s);
            } else if (2 * s == n) {
                half = s;
            }
        }
        shuffle(firsts, partners, random);
        int[] shifts = new int[k];
        int taken = 0;
        for (int i = 0; i < firsts.size() && taken < k; i++) {
            shifts[taken++] = firsts.get(i);
        }
        if (taken < k && half > 0) {
            shifts[taken++] = half; // n/2 mutual pairs, fewer than a partner shift's n
        }
        for (int i = 0; i < partners.size() && taken < k; i++) {
            shifts[taken++] = partners.get(i);
        }
        int[][] reviews = new int[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                reviews[layout[i]][j] = layout[(i + shifts[j]) % n];
            }
        }
        return reviews;
    }

    private static void shuffle(List<Integer> a, List<Integer> b, SplittableRandom random) {
        for (int i = a.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            a.set(i, a.set(j, a.get(i)));
            b.set(i, b.set(j, b.get(i)));
        }
    }

    /** Reviews from class to class ({@code [p][q]}), or {@code null} when no flow carries {@code n·k}. */
    private static long[][] classFlow(Classes classes, int k) {
        int m = classes.sizes.length;
        MaxFlow flow = new MaxFlow(2 * m + 2);
        int source = 2 * m;
        int sink = 2 * m + 1;
        int[][] edge = new int[m][m];
        for (int p = 0; p < m; p++) {
            flow.add(source, p, (long) k * classes.sizes[p]);
            flow.add(m + p, sink, (long) k * classes.sizes[p]);
        }
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) {
                edge[p][q] = p == q ? -1 : flow.add(p, m + q, (long) classes.sizes[p] * classes.sizes[q]);
            }
        }
        long total = (long) k * classes.of.length;
        if (flow.run(source, sink) < total) {
            return null;
        }
        long[][] blocks = new long[m][m];
        for (int p = 0; p < m; p++) {
            for (int q = 0; q < m; q++) {
                blocks[p][q] = edge[p][q] < 0 ? 0 : flow.flowOn(edge[p][q]);
            }
        }
        return blocks;
    }

    /** The largest {@code k} the classes allow (monotone: a k-regular bipartite graph holds a (k−1)-regular one). */
    static int maxReviews(Classes classes, int n) {
        int lo = 0;
        int hi = n - classes.largest();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            boolean ok = mid <= n - 2 * classes.largest() + 1 || classFlow(classes, mid) != null;
            if (ok) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    // Class-to-class blocks laid out by cursors over shuffled members.
    private static int[][] blocks(Classes classes, long[][] blocks, int k, SplittableRandom random) {
        int n = classes.of.length;
        int m = classes.sizes.length;
        int[][] members = classes.shuffledMembers(random);
        long[] outCursor = new long[m];
        long[] inCursor = new long[m];
        int[][] reviews = new int[n][k];
        int[] filled = new int[n];
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        for (int i = m - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int p : order) {
            for (int q : order) {
                long x = blocks[p][q];
                if (x == 0) {
                    continue;
                }
                int cp = members[p].length;
                int cq = members[q].length;
                long lcm = (long) cp / gcd(cp, cq) * cq;
                long a = outCursor[p];
                long b = inCursor[q] - x / lcm; // so the last, partial round starts at the cursor
                for (long i = 0; i < x; i++) {
                    int reviewer = members[p][(int) ((a + i) % cp)];
                    int reviewee = members[q][(int) Math.floorMod(b + i + i / lcm, (long) cq)];
                    reviews[reviewer][filled[reviewer]++] = reviewee;
                }
                outCursor[p] = a + x;
                inCursor[q] = inCursor[q] + x;
            }
        }
        return reviews;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static ReviewPlan plan(ReviewRequest request, int[][] reviews) {
        List<String> ids = request.groupIds();
        int n = ids.size();
        int[][] sorted = new int[n][];
        for (int r = 0; r < n; r++) {
            sorted[r] = reviews[r].clone();
            Arrays.sort(sorted[r]);
        }
        List<ReviewPair> pairs = new ArrayList<>(n * reviews[0].length);
        int mutual = 0;
        for (int r = 0; r < n; r++) {
            for (int t : sorted[r]) {
                pairs.add(new ReviewPair(ids.get(r), ids.get(t)));
                if (r < t && Arrays.binarySearch(sorted[t], r) >= 0) {
                    mutual++;
                }
            }
        }
        return new ReviewPlan(pairs, mutual, request.seed());
    }
}
