package cn.hezuo.grouping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On classes of up to ten students every partition into the planned group sizes is enumerated;
 * the engine must find the optimum of the variance and of the diversity objective, with and
 * without a balanced category.
 */
class ExactnessTest {

    static Stream<Arguments> tinyClasses() {
        List<Arguments> out = new ArrayList<>();
        int[][] shapes = {{6, 2}, {7, 2}, {8, 2}, {9, 3}, {10, 2}, {10, 3}, {10, 5}};
        long seed = 1;
        for (int[] shape : shapes) {
            for (boolean gender : new boolean[] {false, true}) {
                out.add(Arguments.of(shape[0], shape[1], seed++, gender));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "N={0} K={1} seed={2} gender={3}")
    @MethodSource("tinyClasses")
    void engineFindsTheBestVariancePartition(int n, int k, long seed, boolean gender) {
        GroupingProblem problem = problem(n, k, seed, gender, Objective.VARIANCE);
        double best = bruteForce(problem, false);
        GroupingResult result = GroupingEngine.solve(problem);
        assertEquals(best, result.objectives().betweenGroupSs(), 1e-9);
    }

    @ParameterizedTest(name = "N={0} K={1} seed={2} gender={3}")
    @MethodSource("tinyClasses")
    void engineFindsTheBestDiversityPartition(int n, int k, long seed, boolean gender) {
        GroupingProblem problem = problem(n, k, seed, gender, Objective.DIVERSITY);
        double best = bruteForce(problem, true);
        GroupingResult result = GroupingEngine.solve(problem);
        assertEquals(best, result.objectives().diversityEuclid(), 1e-9);
    }

    private static GroupingProblem problem(int n, int k, long seed, boolean gender, Objective objective) {
        GroupingOptions.Builder b = GroupingOptions.builder().groupCount(k).objective(objective).seed(seed);
        if (gender) {
            b.balance("gender");
        }
        return new GroupingProblem(Rosters.FEATURES, Rosters.generate(n, seed), b.build());
    }

    /** Best between-group SS (minimum) or Euclidean diversity (maximum) over all valid partitions. */
    private static double bruteForce(GroupingProblem problem, boolean diversity) {
        List<Student> s = problem.students();
        int n = s.size();
        int k = problem.options().groupCount();
        double[][] z = zScores(s);
        int[] sizes = new int[k];
        for (int g = 0; g < k; g++) {
            sizes[g] = n / k + (g < n % k ? 1 : 0);
        }
        int[] assign = new int[n];
        double[] best = {diversity ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY};
        enumerate(0, 0, new int[k], assign, sizes, z, s, problem.options(), diversity, best);
        return best[0];
    }

    /** Restricted growth strings: student i joins an open group or opens the next one. */
    private static void enumerate(int i, int used, int[] count, int[] assign, int[] sizes, double[][] z,
                                  List<Student> s, GroupingOptions o, boolean diversity, double[] best) {
        int n = assign.length;
        if (i == n) {
            if (used != sizes.length || !sizesMatch(count, sizes) || !balanced(s, assign, count, o)) {
                return;
            }
            double v = diversity ? euclid(z, assign, count.length) : between(z, assign, count.length);
            if (diversity ? v > best[0] : v < best[0]) {
                best[0] = v;
            }
            return;
        }
        int maxSize = sizes[0];
        for (int g = 0; g < Math.min(used + 1, sizes.length); g++) {
            if (count[g] == maxSize) {
                continue;
            }
            assign[i] = g;
            count[g]++;
            enumerate(i + 1, Math.max(used, g + 1), count, assign, sizes, z, s, o, diversity, best);
            count[g]--;
        }
    }

    private static boolean sizesMatch(int[] count, int[] sizes) {
        int[] a = count.clone();
        int[] b = sizes.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    private static boolean balanced(List<Student> s, int[] assign, int[] count, GroupingOptions o) {
        int n = s.size();
        for (String attribute : o.balance()) {
            for (String value : List.of("M", "F")) {
                int total = (int) s.stream().filter(x -> x.category(attribute).equals(value)).count();
                for (int g = 0; g < count.length; g++) {
                    int c = 0;
                    for (int i = 0; i < n; i++) {
                        if (assign[i] == g && s.get(i).category(attribute).equals(value)) {
                            c++;
                        }
                    }
                    long num = (long) count[g] * total;
                    if (c < num / n || c > (num + n - 1) / n) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static double[][] zScores(List<Student> s) {
        int n = s.size();
        int d = s.get(0).features().length;
        double[][] z = new double[n][d];
        for (int q = 0; q < d; q++) {
            double mean = 0;
            for (Student x : s) {
                mean += x.feature(q);
            }
            mean /= n;
            double ss = 0;
            for (Student x : s) {
                ss += (x.feature(q) - mean) * (x.feature(q) - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            for (int i = 0; i < n; i++) {
                z[i][q] = (s.get(i).feature(q) - mean) / sd;
            }
        }
        return z;
    }

    private static double between(double[][] z, int[] assign, int k) {
        int d = z[0].length;
        double[][] sum = new double[k][d];
        int[] size = new int[k];
        for (int i = 0; i < z.length; i++) {
            size[assign[i]]++;
            for (int q = 0; q < d; q++) {
                sum[assign[i]][q] += z[i][q];
            }
        }
        double b = 0;
        for (int g = 0; g < k; g++) {
            for (int q = 0; q < d; q++) {
                b += sum[g][q] * sum[g][q] / size[g];
            }
        }
        return b;
    }

    private static double euclid(double[][] z, int[] assign, int k) {
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            for (int j = i + 1; j < z.length; j++) {
                if (assign[i] == assign[j]) {
                    double s = 0;
                    for (int q = 0; q < z[i].length; q++) {
                        s += (z[i][q] - z[j][q]) * (z[i][q] - z[j][q]);
                    }
                    total += Math.sqrt(s);
                }
            }
        }
        return total;
    }
}
