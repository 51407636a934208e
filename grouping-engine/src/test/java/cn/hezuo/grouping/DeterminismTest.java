package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeterminismTest {

    private static GroupingProblem problem(int n, long seed, int threads) {
        GroupingOptions options = GroupingOptions.builder().groupSize(5).balance("gender", "tier").seed(seed)
                .restarts(4).threads(threads).effort(0.3).build();
        return new GroupingProblem(Rosters.FEATURES, Rosters.generate(n, 11), options);
    }

    @Test
    void sameInputAndSeedGiveIdenticalGroups() {
        int[] first = GroupingEngine.solve(problem(300, 5, 1)).groupOf();
        int[] second = GroupingEngine.solve(problem(300, 5, 1)).groupOf();
        assertArrayEquals(first, second);
    }

    @Test
    void twoThreadsGiveTheSameGroupsAsOne() {
        int[] one = GroupingEngine.solve(problem(300, 9, 1)).groupOf();
        int[] two = GroupingEngine.solve(problem(300, 9, 2)).groupOf();
        assertArrayEquals(one, two);
    }

    @Test
    void smallClassWithExactFinishIsDeterministicToo() {
        int[] one = GroupingEngine.solve(problem(40, 3, 1)).groupOf();
        int[] two = GroupingEngine.solve(problem(40, 3, 2)).groupOf();
        assertArrayEquals(one, two);
    }

    @Test
    void differentSeedsExploreDifferentGroupings() {
        int[] a = GroupingEngine.solve(problem(300, 1, 1)).groupOf();
        int[] b = GroupingEngine.solve(problem(300, 2, 1)).groupOf();
        assertFalse(java.util.Arrays.equals(a, b));
    }
}
