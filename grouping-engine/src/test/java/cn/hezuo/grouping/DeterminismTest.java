package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterminismTest {

    private static GroupingProblem problem(int n, long seed, int threads) {
        GroupingOptions options = GroupingOptions.builder().groupSize(5).balance("gender", "tier").seed(seed)
                .restarts(4).threads(threads).effort(0.3).build();
        return new GroupingProblem(Rosters.FEATURES, Rosters.generate(n, 11), options);
    }

    @Test
    void sameInputAndSeedGiveIdenticalGroups() {
        GroupingResult first = GroupingEngine.solve(problem(300, 5, 1));
        GroupingResult second = GroupingEngine.solve(problem(300, 5, 1));
        assertArrayEquals(first.groupOf(), second.groupOf());
    }

    @Test
    void theDefaultLimitIsOnlyASafetyStopThatTheSearchNeverReaches() {
        // Determinism rests on budgets of rounds and nodes; the clock may only stop a runaway search.
        // If an ordinary class ever reached the limit, its groups would depend on how busy the machine is.
        for (long seed = 1; seed <= 3; seed++) {
            GroupingResult result = GroupingEngine.solve(problem(300, seed, 1));
            assertFalse(result.stats().timeLimitReached(), "seed " + seed);
        }
        assertTrue(GroupingEngine.defaultTimeLimit(40).toSeconds() >= 60);
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
