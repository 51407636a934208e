package cn.hezuo.grouping;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties that must hold for every class and every choice of options: each student in exactly
 * one group, sizes as planned, every hard rule met (checked here independently of the engine's own
 * report), or a clear {@link GroupingException} when the rules cannot be met.
 */
class GroupingInvariantsProperties {

    private static final Set<String> INFEASIBLE_KEYS = Set.of("grouping.infeasible.fixedCapacity",
            "grouping.infeasible.togetherTooLarge", "grouping.infeasible.togetherApart",
            "grouping.infeasible.togetherFixed", "grouping.infeasible.togetherPacking",
            "grouping.infeasible.apartClique", "grouping.infeasible.apartFixed", "grouping.infeasible.constraints");

    record Case(int n, long seed, int size, SizeMode mode, Objective objective, boolean gender, boolean tiers,
                boolean leaders, int relations) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                Arbitraries.integers().between(4, 60),
                Arbitraries.longs().between(0, 1_000_000),
                Arbitraries.integers().between(2, 7),
                Arbitraries.of(SizeMode.class),
                Arbitraries.of(Objective.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((n, seed, size, mode, objective, gender, tiers, leaders) ->
                new Case(n, seed, size, mode, objective, gender, tiers, leaders, (int) (seed % 4)));
    }

    @Property(tries = 60)
    void everyStudentIsPlacedOnceAndEveryRuleHolds(@ForAll("cases") Case c) {
        List<Student> students = withLeaders(Rosters.generate(c.n(), c.seed()), c.seed());
        GroupingOptions.Builder b = GroupingOptions.builder().groupSize(c.size(), c.mode()).objective(c.objective())
                .seed(c.seed()).effort(0.3).leaderCoverage(c.leaders());
        if (c.gender()) {
            b.balance("gender");
        }
        if (c.tiers()) {
            b.tiers(TierTemplate.byTotalScore(templateFor(c.size())));
        }
        addRelations(b, students, c);
        GroupingProblem problem = new GroupingProblem(Rosters.FEATURES, students, b.build());
        GroupingResult result;
        try {
            result = GroupingEngine.solve(problem);
        } catch (GroupingException e) {
            assertTrue(c.relations() > 0, "only student-specific rules may be infeasible: " + e.getMessage());
            assertTrue(INFEASIBLE_KEYS.contains(e.key()), e.key());
            return;
        }
        assertInvariants(problem, result);
    }

    /** 1:1, 1:1:1, 2:1:1, … — a template of three or two tiers for the group size. */
    private static int[] templateFor(int size) {
        if (size % 3 == 0) {
            return new int[] {size / 3, size / 3, size / 3};
        }
        return new int[] {(size + 1) / 2, size / 2};
    }

    private static List<Student> withLeaders(List<Student> students, long seed) {
        List<Student> out = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            boolean leader = (i * 7 + seed) % 3 == 0;
            out.add(new Student(s.id(), s.features(), s.categories(), leader));
        }
        return out;
    }

    /** Some keep-apart pairs, keep-together pairs and fixed placements, depending on the case. */
    private static void addRelations(GroupingOptions.Builder b, List<Student> s, Case c) {
        int n = s.size();
        if (c.relations() >= 1 && n >= 4) {
            b.keepApart(s.get(0).id(), s.get(n - 1).id());
            b.keepApart(s.get(1).id(), s.get(2).id());
        }
        if (c.relations() >= 2 && n >= 6) {
            b.keepTogether(s.get(3).id(), s.get(4).id());
        }
        if (c.relations() >= 3 && n >= 8) {
            b.fix(s.get(5).id(), 0);
            b.fix(s.get(6).id(), 0);
        }
    }

    static void assertInvariants(GroupingProblem problem, GroupingResult result) {
        GroupingOptions o = problem.options();
        List<Student> students = problem.students();
        int n = students.size();
        int[] groupOf = result.groupOf();
        assertEquals(n, groupOf.length);
        int k = result.groups().size();
        int expectedK = o.groupCount() != null ? o.groupCount()
                : o.sizeMode() == SizeMode.AT_MOST ? (n + o.groupSize() - 1) / o.groupSize() : Math.max(1, n / o.groupSize());
        assertEquals(expectedK, k, "number of groups");
        int[] sizes = new int[k];
        for (int g : groupOf) {
            assertTrue(g >= 0 && g < k);
            sizes[g]++;
        }
        int placed = 0;
        for (GroupSummary gs : result.groups()) {
            placed += gs.size();
            assertEquals(sizes[gs.index()], gs.size());
        }
        assertEquals(n, placed, "each student exactly once");
        for (int g = 0; g < k; g++) {
            assertEquals(n / k + (g < n % k ? 1 : 0), sizes[g], "sizes differ by at most one, first groups larger");
        }
        for (String attribute : o.balance()) {
            assertBalanced(students, groupOf, sizes, attribute);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(students.get(i).id(), i);
        }
        for (Set<String> apart : o.keepApart()) {
            Set<Integer> seen = new java.util.HashSet<>();
            for (String id : apart) {
                assertTrue(seen.add(groupOf[index.get(id)]), "keep-apart students share a group");
            }
        }
        for (Set<String> together : o.keepTogether()) {
            assertEquals(1, together.stream().map(id -> groupOf[index.get(id)]).distinct().count(),
                    "keep-together students are split");
        }
        o.fixedGroups().forEach((id, g) -> assertEquals(g, groupOf[index.get(id)], "fixed placement"));
        if (o.leaderCoverage()) {
            long leaders = students.stream().filter(Student::leaderCandidate).count();
            if (leaders >= k) {
                for (GroupSummary gs : result.groups()) {
                    assertTrue(gs.leaders() >= 1, "group without a leader candidate");
                }
            }
        }
        assertTrue(result.allConstraintsSatisfied(), () -> "engine reports a broken rule: " + result.checks());
    }

    private static void assertBalanced(List<Student> students, int[] groupOf, int[] sizes, String attribute) {
        int n = students.size();
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (Student s : students) {
            totals.merge(s.category(attribute), 1, Integer::sum);
        }
        for (int g = 0; g < sizes.length; g++) {
            for (Map.Entry<String, Integer> e : totals.entrySet()) {
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (groupOf[i] == g && students.get(i).category(attribute).equals(e.getKey())) {
                        count++;
                    }
                }
                long num = (long) sizes[g] * e.getValue();
                assertTrue(count >= num / n && count <= (num + n - 1) / n,
                        attribute + " " + e.getKey() + " in group " + g + ": " + count);
            }
        }
    }
}
