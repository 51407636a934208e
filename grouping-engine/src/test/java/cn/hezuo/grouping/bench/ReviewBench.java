package cn.hezuo.grouping.bench;

import cn.hezuo.grouping.review.ReviewAssigner;
import cn.hezuo.grouping.review.ReviewPlan;
import cn.hezuo.grouping.review.ReviewRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link ReviewAssigner#assign} in one warm JVM: 5,000 groups with k = 3, without and with avoid-same (12
 * subjects, skewed), and with avoid-same where one subject holds half the groups (the class-flow path). Warm-up 3 s,
 * then {@code reps} timed draws with different seeds; prints the median, min and max per case.
 *
 * <p>{@code ./mvnw -q -pl grouping-engine test-compile && java -cp grouping-engine/target/classes:grouping-engine/target/test-classes
 * cn.hezuo.grouping.bench.ReviewBench [groups] [k] [reps]}
 */
public final class ReviewBench {

    private ReviewBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        List<String> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> half = new ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            ids.add("G" + i);
            subjects.add("S" + (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * 12));
            half.add(i < n / 2 ? "BIG" : "S" + (i % 40));
        }
        run("plain", ids, null, k, reps);
        run("avoid-same (12 subjects)", ids, subjects, k, reps);
        run("avoid-same (one subject = n/2)", ids, half, k, reps);
    }

    private static void run(String label, List<String> ids, List<String> values, int k, int reps) {
        long until = System.nanoTime() + 3_000_000_000L;
        long seed = 0;
        while (System.nanoTime() < until) {
            ReviewAssigner.assign(new ReviewRequest(ids, values, k, seed++));
        }
        double[] ms = new double[reps];
        int mutual = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            ReviewPlan plan = ReviewAssigner.assign(new ReviewRequest(ids, values, k, 1000 + r));
            ms[r] = (System.nanoTime() - t0) / 1e6;
            mutual = Math.max(mutual, plan.mutualPairs());
        }
        Arrays.sort(ms);
        System.out.printf("%-32s n=%d k=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f max_mutual=%d%n", label, ids.size(), k,
                ms[reps / 2], ms[0], ms[reps - 1], mutual);
    }
}
