package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.hezuo.exam.stats.ItemAnalysis.ItemStats;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sum-based one-pass formulas against the direct textbook computations on random exams (N = 500, K = 25),
 * also with every total shifted by +1e6, where a naive Σx² − n·x̄² would lose every digit.
 */
class ItemAnalysisPropertyTest {

    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(doubles = {0, 1e6})
    void sumBasedStatisticsEqualTheDirectComputations(double offset) {
        ExamMatrix exam = RandomExams.generate(20240917L, 500, 25, 12, offset);
        ItemAnalysis analysis = ItemAnalysis.analyse(exam);
        int n = exam.studentCount();
        int k = exam.itemCount();
        double[][] columns = new double[k][n];
        double[] totals = exam.scores().totals();
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                columns[j][i] = exam.points(i, j);
            }
        }
        assertThat(analysis.alpha()).isCloseTo(NaiveStatistics.alpha(columns), within(TOLERANCE));
        assertThat(analysis.totalSd()).isCloseTo(Math.sqrt(NaiveStatistics.variance(totals)), within(TOLERANCE));
        Groups groups = Groups.direct(exam);
        for (int j = 0; j < k; j++) {
            ItemStats item = analysis.items().get(j);
            double max = exam.items().get(j).maxPoints();
            double[] x = columns[j];
            double[] rest = new double[n];
            for (int i = 0; i < n; i++) {
                rest[i] = totals[i] - x[i];
            }
            int deleted = j;
            double[][] others = IntStream.range(0, k).filter(o -> o != deleted)
                    .mapToObj(o -> columns[o]).toArray(double[][]::new);
            assertThat(item.meanScore()).isCloseTo(NaiveStatistics.mean(x), within(TOLERANCE));
            assertThat(item.rItemTotal()).isCloseTo(NaiveStatistics.pearson(x, totals), within(TOLERANCE));
            assertThat(item.rItemRest()).isCloseTo(NaiveStatistics.pearson(x, rest), within(TOLERANCE));
            assertThat(item.alphaIfDeleted()).isCloseTo(NaiveStatistics.alpha(others), within(TOLERANCE));
            assertThat(item.discriminationD())
                    .isCloseTo((groups.mean(x, groups.upper) - groups.mean(x, groups.lower)) / max, within(TOLERANCE));
            assertThat(item.discriminationDStrictK())
                    .isCloseTo((groups.mean(x, groups.strictUpper) - groups.mean(x, groups.strictLower)) / max,
                            within(TOLERANCE));
            for (int c = 0; c < exam.scores().classCount(); c++) {
                int cls = c;
                int[] members = IntStream.range(0, n).filter(i -> exam.scores().classIndex(i) == cls).toArray();
                assertThat(item.scoringRateByClass().get(c))
                        .isCloseTo(groups.mean(x, members) / max, within(TOLERANCE));
            }
            if (exam.items().get(j).objective()) {
                int column = j;
                for (Choice choice : Choice.values()) {
                    assertThat(item.options().orElseThrow().overall().count(choice))
                            .isEqualTo(IntStream.range(0, n).filter(i -> exam.choice(i, column) == choice).count());
                    assertThat(item.options().orElseThrow().lower().count(choice))
                            .isEqualTo(Arrays.stream(groups.lower).filter(i -> exam.choice(i, column) == choice).count());
                }
            }
        }
    }

    /** The 27 % groups found by sorting, straight from the definitions. */
    private record Groups(int[] upper, int[] lower, int[] strictUpper, int[] strictLower) {

        static Groups direct(ExamMatrix exam) {
            int n = exam.studentCount();
            int k = (int) Math.floor(0.27 * n + 0.5);
            double[] ascending = exam.scores().totals();
            Arrays.sort(ascending);
            double upperCut = ascending[n - k];
            double lowerCut = ascending[k - 1];
            ScoreTable s = exam.scores();
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -s.total(i)).thenComparing(s::studentId));
            int[] sorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            return new Groups(
                    IntStream.range(0, n).filter(i -> s.total(i) >= upperCut).toArray(),
                    IntStream.range(0, n).filter(i -> s.total(i) <= lowerCut).toArray(),
                    Arrays.copyOfRange(sorted, 0, k),
                    Arrays.copyOfRange(sorted, n - k, n));
        }

        double mean(double[] x, int[] rows) {
            double sum = 0;
            for (int row : rows) {
                sum += x[row];
            }
            return sum / rows.length;
        }
    }
}
