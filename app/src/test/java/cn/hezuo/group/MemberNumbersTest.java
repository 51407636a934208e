package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the random draw of member numbers over 200 seeded demo-like plans (40–50 students with correlated prior
 * scores, groups of 6 formed by a 2:2:2 tier template: two students of each third of the class per group). Number and
 * score must be unrelated: the mean rank correlation is near zero, and no number is tied to a tier.
 */
class MemberNumbersTest {

    private static final int PLANS = 200;

    @Test
    void drawnNumbersAreUnrelatedToPriorScoresOver200DemoLikePlans() {
        Random random = new Random(20261206);
        double rhoSum = 0;
        int groupCount = 0;
        // tierOfNumber[n][t]: how often member number n+1 went to a tier-t student.
        long[][] tierOfNumber = new long[6][3];
        for (int plan = 0; plan < PLANS; plan++) {
            int size = 40 + random.nextInt(11);
            List<double[]> students = new ArrayList<>(); // {id, score}
            for (int i = 0; i < size; i++) {
                double ability = random.nextGaussian();
                students.add(new double[] {1000 + i, 270 + 40 * (0.8 * ability + 0.6 * random.nextGaussian())});
            }
            List<List<double[]>> groups = formByTiers(students, random);
            long seed = random.nextLong();
            for (int g = 0; g < groups.size(); g++) {
                List<double[]> mates = groups.get(g);
                Map<Long, Integer> numbers = MemberNumbers.draw(mates.stream().map(s -> (long) s[0]).toList(), seed, g + 1);
                assertThat(numbers.values()).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, mates.size()).boxed().toList());
                double[] number = mates.stream().mapToDouble(s -> numbers.get((long) s[0])).toArray();
                double[] score = mates.stream().mapToDouble(s -> s[1]).toArray();
                rhoSum += Spearman.rho(number, score);
                groupCount++;
                for (double[] s : mates) {
                    int n = numbers.get((long) s[0]);
                    if (n <= 6) {
                        tierOfNumber[n - 1][(int) s[2]]++;
                    }
                }
            }
        }
        double meanRho = rhoSum / groupCount;
        assertThat(Math.abs(meanRho)).as("mean Spearman rho over %d groups", groupCount).isLessThan(0.05);
        // Every number goes to each tier about a third of the time (by strength, 1–2号 were always tier 1).
        for (int n = 0; n < 6; n++) {
            long all = tierOfNumber[n][0] + tierOfNumber[n][1] + tierOfNumber[n][2];
            for (int t = 0; t < 3; t++) {
                assertThat((double) tierOfNumber[n][t] / all).as("share of tier %d among %d号", t + 1, n + 1)
                        .isBetween(0.25, 0.42);
            }
        }
    }

    @Test
    void theSameSeedDrawsTheSameNumbersAndTheOrderOfTheInputDoesNotMatter() {
        List<Long> ids = List.of(5L, 3L, 9L, 1L, 7L, 2L);
        Map<Long, Integer> first = MemberNumbers.draw(ids, 42L, 3);
        Map<Long, Integer> again = MemberNumbers.draw(List.of(2L, 7L, 1L, 9L, 3L, 5L), 42L, 3);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void handNumberingMustUseEachNumberFromOneToNOnceForExactlyTheMembers() {
        List<Long> group = List.of(1L, 2L, 3L);
        assertThat(MemberNumbers.problem(group, Map.of(1L, 2, 2L, 3, 3L, 1))).isNull();
        assertThat(MemberNumbers.problem(group, Map.of(1L, 1, 2L, 1, 3L, 3))).isEqualTo("group.renumber.error.duplicate");
        assertThat(MemberNumbers.problem(group, Map.of(1L, 1, 2L, 2, 3L, 4))).isEqualTo("group.renumber.error.range");
        assertThat(MemberNumbers.problem(group, Map.of(1L, 1, 2L, 2))).isEqualTo("group.renumber.error.members");
        assertThat(MemberNumbers.problem(group, Map.of(1L, 1, 2L, 2, 3L, 3, 4L, 4))).isEqualTo("group.renumber.error.members");
    }

    /**
     * Groups of 6 (some of 5) with two students of each tier, as the engine's 2:2:2 template forms them; each student
     * gets its tier (0 = top third) as a third value.
     */
    private static List<List<double[]>> formByTiers(List<double[]> students, Random random) {
        List<double[]> ranked = new ArrayList<>();
        students.stream().sorted(Comparator.comparingDouble((double[] s) -> -s[1]))
                .forEach(s -> ranked.add(new double[] {s[0], s[1], 0}));
        int n = ranked.size();
        for (int i = 0; i < n; i++) {
            ranked.get(i)[2] = (int) ((long) i * 3 / n);
        }
        int groupCount = (n + 5) / 6;
        List<List<double[]>> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            groups.add(new ArrayList<>());
        }
        for (int t = 0; t < 3; t++) {
            final int tier = t;
            List<double[]> inTier = new ArrayList<>(ranked.stream().filter(s -> s[2] == tier).toList());
            java.util.Collections.shuffle(inTier, random);
            for (int i = 0; i < inTier.size(); i++) {
                groups.get(i % groupCount).add(inTier.get(i));
            }
        }
        return groups;
    }
}
