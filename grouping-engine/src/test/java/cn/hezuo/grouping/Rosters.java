package cn.hezuo.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic classes for tests and benchmarks, drawn like {@code gen_roster.py}: three scores with
 * mean 75, SD 12 and pairwise correlation 0.6 (rounded to one decimal, clipped to 0–100), gender
 * M/F with probability ½, tier A/B/C = top/middle/bottom third by total.
 */
public final class Rosters {

    public static final List<String> FEATURES = List.of("chinese", "math", "english");

    private Rosters() {
    }

    public static List<Student> generate(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] scores = new double[n][3];
        double a = Math.sqrt(0.6);
        double b = Math.sqrt(0.4);
        String[] gender = new String[n];
        for (int i = 0; i < n; i++) {
            double common = gaussian(rnd);
            for (int f = 0; f < 3; f++) {
                double v = 75 + 12 * (a * common + b * gaussian(rnd));
                scores[i][f] = Math.round(Math.min(100, Math.max(0, v)) * 10) / 10.0;
            }
            gender[i] = rnd.nextDouble() < 0.5 ? "M" : "F";
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(sum(scores[y]), sum(scores[x])));
        String[] tier = new String[n];
        int b1 = (int) Math.round(n / 3.0);
        int b2 = (int) Math.round(2 * n / 3.0);
        for (int r = 0; r < n; r++) {
            tier[order[r]] = r < b1 ? "A" : r < b2 ? "B" : "C";
        }
        List<Student> out = new ArrayList<>();
        int width = Math.max(5, String.valueOf(n).length());
        for (int i = 0; i < n; i++) {
            out.add(new Student(String.format("S%0" + width + "d", i + 1), scores[i],
                    Map.of("gender", gender[i], "tier", tier[i]), false));
        }
        return out;
    }

    /** The benchmark configuration: groups of 5, gender and tier balanced. */
    public static GroupingProblem benchmarkProblem(int n, long seed, Objective objective) {
        GroupingOptions options = GroupingOptions.builder().groupSize(5).balance("gender", "tier")
                .objective(objective).seed(seed).build();
        return new GroupingProblem(FEATURES, generate(n, seed), options);
    }

    private static double sum(double[] v) {
        return v[0] + v[1] + v[2];
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
