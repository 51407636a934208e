package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluating a grouping made by hand (e.g. after drag and drop) reports it without changing it. */
class EvaluateTest {

    private static final List<Student> CLASS = Rosters.generate(30, 6);
    private static final GroupingProblem PROBLEM = new GroupingProblem(Rosters.FEATURES, CLASS,
            GroupingOptions.builder().groupSize(5).balance("gender")
                    .keepApart(CLASS.get(0).id(), CLASS.get(1).id()).build());

    @Test
    void evaluatingTheEnginesOwnGroupingReproducesItsReport() {
        GroupingResult solved = GroupingEngine.solve(PROBLEM);
        GroupingResult evaluated = GroupingEngine.evaluate(PROBLEM, solved.groupOf());
        assertArrayEquals(solved.groupOf(), evaluated.groupOf());
        assertEquals(solved.objectives(), evaluated.objectives());
        assertTrue(evaluated.allConstraintsSatisfied());
    }

    @Test
    void movingAStudentByHandShowsTheBrokenRules() {
        int[] groupOf = GroupingEngine.solve(PROBLEM).groupOf();
        groupOf[1] = groupOf[0]; // put the keep-apart pair together; that group now has 6
        GroupingResult r = GroupingEngine.evaluate(PROBLEM, groupOf);
        assertFalse(r.allConstraintsSatisfied());
        assertTrue(r.checks().stream().anyMatch(c -> c.key().equals("keepApart") && !c.satisfied()));
        assertTrue(r.checks().stream().anyMatch(c -> c.key().equals("sizes") && !c.satisfied()),
                "a group of 6 next to a group of 4");
    }

    @Test
    void aGroupingOfTheWrongLengthIsRejected() {
        GroupingException e = assertThrows(GroupingException.class, () -> GroupingEngine.evaluate(PROBLEM, new int[3]));
        assertEquals("grouping.input.assignment", e.key());
    }
}
