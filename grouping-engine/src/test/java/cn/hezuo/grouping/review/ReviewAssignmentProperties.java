package cn.hezuo.grouping.review;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of every draw, checked independently of the assigner: each group reviews exactly k distinct others and
 * is reviewed exactly k times, never itself; mutual pairs only as many as k forces; with avoid-same no two groups of
 * one value; the same seed gives the same plan; and a request is refused exactly when a brute-force flow over the
 * groups says no k-regular assignment exists.
 */
class ReviewAssignmentProperties {

    record Plain(int n, int k, long seed) {
    }

    record Avoid(int n, int k, int values, long seed) {
    }

    @Provide
    Arbitrary<Plain> plain() {
        return Combinators.combine(Arbitraries.integers().between(2, 500), Arbitraries.doubles().between(0, 1),
                Arbitraries.longs()).as((n, f, seed) -> new Plain(n, 1 + (int) Math.floor(f * (n - 2) + 0.5), seed))
                .edgeCases(c -> c.add(new Plain(2, 1, 0)).add(new Plain(500, 499, 1)).add(new Plain(3, 2, 2)));
    }

    @Property(tries = 120)
    void everyGroupReviewsKOthersAndIsReviewedKTimesWithFewestMutualPairs(@ForAll("plain") Plain c) {
        List<String> ids = ids(c.n());
        ReviewPlan plan = ReviewAssigner.assign(ReviewRequest.of(ids, c.k(), c.seed()));
        int mutual = checkRegular(ids, plan, c.k(), null);
        int forced = Math.max(0, c.n() * c.k() - c.n() * (c.n() - 1) / 2);
        assertEquals(forced, mutual, "mutual pairs");
        assertEquals(forced, plan.mutualPairs());
    }

    @Property(tries = 100)
    void theSameSeedGivesTheSamePlan(@ForAll("plain") Plain c) {
        List<String> ids = ids(c.n());
        assertEquals(ReviewAssigner.assign(ReviewRequest.of(ids, c.k(), c.seed())),
                ReviewAssigner.assign(ReviewRequest.of(ids, c.k(), c.seed())));
    }

    @Provide
    Arbitrary<Avoid> avoid() {
        return Combinators.combine(Arbitraries.integers().between(2, 500), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 12), Arbitraries.longs())
                .as((n, f, v, seed) -> new Avoid(n, 1 + (int) Math.floor(f * (n - 2) + 0.5), v, seed));
    }

    @Property(tries = 80)
    void avoidSameNeverPairsEqualValuesOrIsRefusedWithAReason(@ForAll("avoid") Avoid c) {
        List<String> ids = ids(c.n());
        List<String> values = values(c.n(), c.values(), c.seed());
        try {
            ReviewPlan plan = ReviewAssigner.assign(new ReviewRequest(ids, values, c.k(), c.seed()));
            checkRegular(ids, plan, c.k(), values);
        } catch (ReviewInfeasibleException e) {
            assertTrue(e.getMessage().startsWith("cannot give every group " + c.k() + " reviews"), e.getMessage());
            assertTrue(e.maxReviews() < c.k());
            if (e.maxReviews() > 0) {
                checkRegular(ids, ReviewAssigner.assign(new ReviewRequest(ids, values, e.maxReviews(), c.seed())),
                        e.maxReviews(), values);
            }
        }
    }

    @Provide
    Arbitrary<Avoid> small() {
        return Combinators.combine(Arbitraries.integers().between(2, 14), Arbitraries.integers().between(1, 13),
                Arbitraries.integers().between(1, 6), Arbitraries.longs())
                .as((n, k, v, seed) -> new Avoid(n, Math.min(k, n - 1), v, seed));
    }

    @Property(tries = 400)
    void refusedExactlyWhenNoAssignmentExists(@ForAll("small") Avoid c) {
        List<String> ids = ids(c.n());
        List<String> values = values(c.n(), c.values(), c.seed());
        boolean exists = BruteForce.regularAssignmentExists(values, c.k());
        if (exists) {
            checkRegular(ids, ReviewAssigner.assign(new ReviewRequest(ids, values, c.k(), c.seed())), c.k(), values);
        } else {
            assertThrows(ReviewInfeasibleException.class,
                    () -> ReviewAssigner.assign(new ReviewRequest(ids, values, c.k(), c.seed())));
        }
    }

    @Property(tries = 100)
    void avoidSameWithSmallClassesHasNoMutualPairsWhileTheCircleAllows(@ForAll("avoid") Avoid c) {
        List<String> ids = ids(c.n());
        List<String> values = values(c.n(), c.values(), c.seed());
        int largest = values.stream().mapToInt(v -> (int) values.stream().filter(v::equals).count()).max().orElse(0);
        int k = Math.min(c.k(), (c.n() + 1) / 2 - largest);
        if (k >= 1) {
            ReviewPlan plan = ReviewAssigner.assign(new ReviewRequest(ids, values, k, c.seed()));
            assertEquals(0, checkRegular(ids, plan, k, values));
        }
    }

    /** Checks the invariants and returns the number of mutual pairs. */
    static int checkRegular(List<String> ids, ReviewPlan plan, int k, List<String> values) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int n = ids.size();
        int[] out = new int[n];
        int[] in = new int[n];
        java.util.BitSet edges = new java.util.BitSet(n * n);
        for (ReviewPair p : plan.pairs()) {
            int r = index.get(p.reviewer());
            int t = index.get(p.reviewee());
            assertNotEquals(r, t, "reviews itself: " + p);
            assertFalse(edges.get(r * n + t), "twice: " + p);
            edges.set(r * n + t);
            if (values != null && !values.get(r).isEmpty()) {
                assertNotEquals(values.get(r), values.get(t), "same value: " + p);
            }
            out[r]++;
            in[t]++;
        }
        for (int i = 0; i < n; i++) {
            assertEquals(k, out[i], "reviews by " + ids.get(i));
            assertEquals(k, in[i], "reviews of " + ids.get(i));
        }
        assertEquals(n * k, plan.pairs().size());
        int mutual = 0;
        for (int e = edges.nextSetBit(0); e >= 0; e = edges.nextSetBit(e + 1)) {
            int r = e / n;
            int t = e % n;
            if (r < t && edges.get(t * n + r)) {
                mutual++;
            }
        }
        assertEquals(mutual, plan.mutualPairs());
        assertFalse(plan.pairs().isEmpty());
        return mutual;
    }

    static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("组" + i);
        }
        return ids;
    }

    /** Values drawn from {@code distinct} subjects with skewed frequencies; some blank. */
    static List<String> values(int n, int distinct, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int v = (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * distinct);
            values.add(random.nextInt(20) == 0 ? "" : "学科" + v);
        }
        return values;
    }
}
