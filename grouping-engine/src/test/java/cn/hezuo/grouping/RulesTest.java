package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per rule: the rule holds in the result and the result says so. */
class RulesTest {

    private static final List<Student> CLASS = Rosters.generate(47, 21);

    private static GroupingResult solve(List<Student> students, GroupingOptions.Builder b) {
        return GroupingEngine.solve(new GroupingProblem(Rosters.FEATURES, students, b.effort(0.5).build()));
    }

    private static ConstraintCheck check(GroupingResult r, String key) {
        return r.checks().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static int groupOf(GroupingResult r, String id) {
        return r.assignment().get(id);
    }

    @Test
    void keepApartPairNeverSharesAGroup() {
        GroupingResult r = solve(CLASS, GroupingOptions.builder().groupSize(6)
                .keepApart(CLASS.get(0).id(), CLASS.get(1).id(), CLASS.get(2).id()));
        assertNotEquals(groupOf(r, CLASS.get(0).id()), groupOf(r, CLASS.get(1).id()));
        assertNotEquals(groupOf(r, CLASS.get(1).id()), groupOf(r, CLASS.get(2).id()));
        assertNotEquals(groupOf(r, CLASS.get(0).id()), groupOf(r, CLASS.get(2).id()));
        assertTrue(check(r, "keepApart").satisfied());
    }

    @Test
    void keepTogetherSetSharesOneGroup() {
        GroupingResult r = solve(CLASS, GroupingOptions.builder().groupSize(6).balance("gender")
                .keepTogether(CLASS.get(5).id(), CLASS.get(9).id(), CLASS.get(30).id()));
        assertEquals(groupOf(r, CLASS.get(5).id()), groupOf(r, CLASS.get(9).id()));
        assertEquals(groupOf(r, CLASS.get(5).id()), groupOf(r, CLASS.get(30).id()));
        assertTrue(check(r, "keepTogether").satisfied());
        assertTrue(r.allConstraintsSatisfied());
    }

    @Test
    void fixedStudentStaysInTheirGroup() {
        GroupingResult r = solve(CLASS, GroupingOptions.builder().groupSize(6).balance("gender", "tier")
                .fix(CLASS.get(3).id(), 7).fix(CLASS.get(4).id(), 0));
        assertEquals(7, groupOf(r, CLASS.get(3).id()));
        assertEquals(0, groupOf(r, CLASS.get(4).id()));
        assertTrue(r.allConstraintsSatisfied());
    }

    @Test
    void balancedCategoryIsWithinFloorAndCeilOfItsShareInEveryGroup() {
        GroupingResult r = solve(CLASS, GroupingOptions.builder().groupSize(6).balance("gender", "tier"));
        long boys = CLASS.stream().filter(s -> s.category("gender").equals("M")).count();
        for (GroupSummary g : r.groups()) {
            double share = (double) g.size() * boys / CLASS.size();
            int count = g.categoryCounts().get("gender").getOrDefault("M", 0);
            assertTrue(count >= Math.floor(share) && count <= Math.ceil(share), "group " + g.index());
        }
        assertTrue(check(r, "balance:gender").satisfied());
        assertTrue(check(r, "balance:tier").satisfied());
    }

    @Test
    void tierTemplateGivesEveryGroupItsQuotaAndWarnsWhenAGroupIsSmaller() {
        GroupingResult r = solve(CLASS, GroupingOptions.builder().groupSize(6).tiers(TierTemplate.byTotalScore(2, 2, 2)));
        for (GroupSummary g : r.groups()) {
            Map<String, Integer> tiers = g.categoryCounts().get("tier");
            if (g.size() == 6) {
                assertEquals(Map.of("1", 2, "2", 2, "3", 2), tiers);
            } else {
                assertTrue(tiers.values().stream().allMatch(c -> c >= 1 && c <= 2));
            }
        }
        assertTrue(check(r, "tiers").satisfied());
        assertTrue(r.notices().stream().anyMatch(n -> n.key().equals("grouping.warning.tierTemplateAdjusted")));
    }

    @Test
    void everyGroupGetsALeaderCandidateWhenThereAreEnough() {
        List<Student> students = markLeaders(CLASS, 9);
        GroupingResult r = solve(students, GroupingOptions.builder().groupSize(6).leaderCoverage(true));
        r.groups().forEach(g -> assertTrue(g.leaders() >= 1, "group " + g.index()));
        assertTrue(check(r, "leaders").satisfied());
    }

    @Test
    void tooFewLeaderCandidatesAreSpreadOneEachWithAWarning() {
        List<Student> students = markLeaders(CLASS, 5);
        GroupingResult r = solve(students, GroupingOptions.builder().groupSize(6).leaderCoverage(true));
        r.groups().forEach(g -> assertTrue(g.leaders() <= 1));
        assertTrue(r.notices().stream().anyMatch(n -> n.key().equals("grouping.warning.fewLeaders")));
    }

    @Test
    void everyGroupGetsATopThirdStudentOfEveryFeature() {
        GroupingResult r = solve(CLASS, GroupingOptions.builder().groupSize(6).topThirdPerFeature(true));
        for (String f : Rosters.FEATURES) {
            assertTrue(check(r, "topThird:" + f).satisfied());
        }
    }

    @Test
    void pairsFromThePreviousGroupingAreNotRepeated() {
        GroupingResult first = solve(CLASS, GroupingOptions.builder().groupSize(5).seed(1));
        Map<String, String> previous = new HashMap<>();
        first.assignment().forEach((id, g) -> previous.put(id, "G" + g));
        GroupingResult second = solve(CLASS, GroupingOptions.builder().groupSize(5).seed(2).previousGrouping(previous));
        assertEquals(0, second.objectives().repeatedPairs());
    }

    @Test
    void kplusEqualisesSpreadsBetterThanVariance() {
        List<Student> big = Rosters.generate(200, 8);
        GroupingResult variance = solve(big, GroupingOptions.builder().groupSize(5));
        GroupingResult kplus = solve(big, GroupingOptions.builder().groupSize(5).objective(Objective.KPLUS));
        assertTrue(kplus.objectives().kplus() > variance.objectives().kplus());
        assertTrue(kplus.balance().maxSdGap() < variance.balance().maxSdGap());
    }

    @Test
    void smallClassIsProvenOptimal() {
        GroupingResult r = solve(Rosters.generate(20, 2), GroupingOptions.builder().groupSize(4).balance("gender"));
        assertTrue(r.stats().provenOptimal());
    }

    @Test
    void missingScoresAreImputedAndReported() {
        List<Student> students = new ArrayList<>(CLASS);
        Student s = students.get(0);
        students.set(0, new Student(s.id(), new double[] {Double.NaN, s.feature(1), s.feature(2)}, s.categories(), false));
        GroupingResult r = solve(students, GroupingOptions.builder().groupSize(6));
        assertTrue(r.notices().stream().anyMatch(n -> n.key().equals("grouping.warning.imputed")));
    }

    private static List<Student> markLeaders(List<Student> students, int count) {
        List<Student> out = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            out.add(new Student(s.id(), s.features(), s.categories(), i % (students.size() / count) == 0 && i / (students.size() / count) < count));
        }
        return out;
    }
}
