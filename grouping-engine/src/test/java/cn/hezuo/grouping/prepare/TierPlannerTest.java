package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.TierTemplate;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TierPlannerTest {

    private static String[] ids(int n) {
        String[] ids = new String[n];
        Arrays.setAll(ids, i -> "s" + i);
        return ids;
    }

    @Test
    void scoreTiersAreCutSoThatEveryGroupGetsItsTemplate() {
        int[] sizes = {6, 6, 6, 6};
        double[] score = new double[24];
        Arrays.setAll(score, i -> 100 - i);
        TierPlan plan = TierPlanner.plan(TierTemplate.byTotalScore(2, 2, 2), sizes, score, null, ids(24));
        for (int[] q : plan.quota()) {
            assertArrayEquals(new int[] {2, 2, 2}, q);
        }
        assertEquals(0, plan.tierOf()[0], "highest score in the top tier");
        assertEquals(2, plan.tierOf()[23], "lowest score in the bottom tier");
        assertTrue(plan.notices().isEmpty());
    }

    @Test
    void aGroupTooSmallForTheTemplateGetsTheClosestQuotaAndAWarning() {
        int[] sizes = {6, 6, 6, 6, 6, 6, 6, 5};
        double[] score = new double[47];
        Arrays.setAll(score, i -> i);
        TierPlan plan = TierPlanner.plan(TierTemplate.byTotalScore(2, 2, 2), sizes, score, null, ids(47));
        assertEquals(5, Arrays.stream(plan.quota()[7]).sum());
        assertTrue(Arrays.stream(plan.quota()[7]).allMatch(v -> v >= 1 && v <= 2));
        assertEquals("grouping.warning.tierTemplateAdjusted", plan.notices().get(0).key());
    }

    @Test
    void categoryTiersThatDoNotMatchTheTemplateGetTheClosestFeasibleQuota() {
        // 12 students: 6 A, 3 B, 3 C; template 1:2:1 for groups of 4 would need 3 A, 6 B, 3 C.
        String[] tiers = {"A", "A", "A", "A", "A", "A", "B", "B", "B", "C", "C", "C"};
        TierPlan plan = TierPlanner.plan(TierTemplate.byCategory("层次", List.of("A", "B", "C"), 1, 2, 1),
                new int[] {4, 4, 4}, null, tiers, ids(12));
        int[] totals = new int[3];
        for (int[] q : plan.quota()) {
            assertEquals(4, Arrays.stream(q).sum());
            for (int t = 0; t < 3; t++) {
                totals[t] += q[t];
            }
        }
        assertArrayEquals(new int[] {6, 3, 3}, totals, "quotas add up to the students there are");
        assertEquals(1, plan.notices().size());
    }
}
