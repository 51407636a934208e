package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Degenerate classes still give valid groupings. */
class EdgeCasesTest {

    @Test
    void aSingleStudentFormsOneGroup() {
        GroupingResult r = GroupingEngine.solve(new GroupingProblem(List.of("x"), List.of(Student.of("a", 1)),
                GroupingOptions.builder().groupSize(4).build()));
        assertEquals(1, r.groups().size());
        assertTrue(r.allConstraintsSatisfied());
    }

    @Test
    void identicalScoresStillGiveBalancedGroups() {
        List<Student> s = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            s.add(new Student("s" + i, new double[] {70, 70}, Map.of("性别", i % 2 == 0 ? "男" : "女"), false));
        }
        GroupingResult r = GroupingEngine.solve(new GroupingProblem(List.of("语文", "数学"), s,
                GroupingOptions.builder().groupCount(3).balance("性别").build()));
        assertEquals(0.0, r.objectives().betweenGroupSs(), 1e-12);
        assertTrue(r.allConstraintsSatisfied());
    }

    @Test
    void withoutScoresGroupsFollowTheRulesOnly() {
        List<Student> s = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            s.add(new Student("s" + i, new double[0], Map.of("性别", i < 4 ? "男" : "女"), i < 2));
        }
        GroupingResult r = GroupingEngine.solve(new GroupingProblem(List.of(), s,
                GroupingOptions.builder().groupCount(2).balance("性别").leaderCoverage(true).build()));
        assertTrue(r.allConstraintsSatisfied());
        r.groups().forEach(g -> assertEquals(1, g.leaders()));
    }

    @Test
    void asManyGroupsAsStudentsGivesGroupsOfOne() {
        List<Student> s = Rosters.generate(7, 3);
        GroupingResult r = GroupingEngine.solve(new GroupingProblem(Rosters.FEATURES, s,
                GroupingOptions.builder().groupCount(7).build()));
        r.groups().forEach(g -> assertEquals(1, g.size()));
    }

    @Test
    void unevenSizesPutTheExtraMembersInTheFirstGroups() {
        GroupingResult r = GroupingEngine.solve(new GroupingProblem(Rosters.FEATURES, Rosters.generate(47, 5),
                GroupingOptions.builder().groupSize(6, SizeMode.AT_LEAST).balance("gender").build()));
        assertEquals(List.of(7, 7, 7, 7, 7, 6, 6), r.groups().stream().map(GroupSummary::size).toList());
        assertTrue(r.allConstraintsSatisfied());
    }
}
