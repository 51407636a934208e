package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reported objectives match score.py's self-test numbers. */
class ObjectiveValuesTest {

    @Test
    void reportedObjectivesMatchTheScorerSelfTest() {
        // x = 0, 2, 4, 6 in two groups of two; the best split is {0,6}, {2,4}.
        List<Student> s = List.of(Student.of("a", 0), Student.of("b", 2), Student.of("c", 4), Student.of("d", 6));
        GroupingProblem p = new GroupingProblem(List.of("x"), s, GroupingOptions.builder().groupCount(2).build());
        GroupingResult r = GroupingEngine.solve(p);
        double sd = Math.sqrt(20.0 / 3);
        assertEquals(r.groupOf()[0], r.groupOf()[3]);
        assertEquals(3.0, r.objectives().kmeans(), 1e-9);
        assertEquals(0.0, r.objectives().betweenGroupSs(), 1e-9);
        assertEquals(6.0, r.objectives().diversity(), 1e-9);
        assertEquals(8 / sd, r.objectives().diversityEuclid(), 1e-9);
        assertEquals(3.0, r.objectives().kplus(), 1e-9);
        assertEquals(0.0, r.balance().maxMeanGapSd(), 1e-9);
        assertEquals(0.0, r.balance().sdOfGroupMeans(), 1e-9);
    }

    @Test
    void groupMeansAreReportedInRawUnits() {
        List<Student> s = List.of(
                new Student("a", new double[] {60}, Map.of("性别", "男"), false),
                new Student("b", new double[] {80}, Map.of("性别", "女"), false),
                new Student("c", new double[] {70}, Map.of("性别", "男"), false),
                new Student("d", new double[] {70}, Map.of("性别", "女"), false));
        GroupingProblem p = new GroupingProblem(List.of("数学"), s,
                GroupingOptions.builder().groupCount(2).balance("性别").build());
        GroupingResult r = GroupingEngine.solve(p);
        for (GroupSummary g : r.groups()) {
            assertEquals(70.0, g.featureMeans().get("数学"), 1e-9);
            assertEquals(Map.of("男", 1, "女", 1), g.categoryCounts().get("性别"));
        }
    }
}
