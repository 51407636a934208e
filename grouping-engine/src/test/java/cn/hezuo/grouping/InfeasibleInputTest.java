package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that cannot work fails before any search, with a key the app can translate. */
class InfeasibleInputTest {

    private static final List<Student> CLASS = Rosters.generate(20, 4);

    private static GroupingException failure(List<Student> students, Consumer<GroupingOptions.Builder> options) {
        GroupingOptions.Builder b = GroupingOptions.builder().groupSize(5);
        options.accept(b);
        GroupingProblem p = new GroupingProblem(Rosters.FEATURES, students, b.build());
        GroupingException e = assertThrows(GroupingException.class, () -> GroupingEngine.solve(p));
        assertFalse(e.getMessage().isBlank());
        return e;
    }

    private static String id(int i) {
        return CLASS.get(i).id();
    }

    @Test
    void threeStudentsKeptApartWithTwoGroupsNameTheClique() {
        GroupingException e = failure(CLASS.subList(0, 10), b -> b.keepApart(id(0), id(1), id(2)));
        assertEquals("grouping.infeasible.apartClique", e.key());
        assertTrue(e.getMessage().contains("only 2 groups"), e.getMessage());
        assertTrue(e.getMessage().contains(id(0)) && e.getMessage().contains(id(2)));
    }

    @Test
    void apartPairsThatChainIntoATooLargeCliqueAreDetected() {
        GroupingException e = failure(CLASS.subList(0, 10), b -> b.keepApart(id(0), id(1)).keepApart(id(1), id(2))
                .keepApart(id(0), id(2)));
        assertEquals("grouping.infeasible.apartClique", e.key());
    }

    @Test
    void keepTogetherSetLargerThanAGroupIsRejected() {
        GroupingException e = failure(CLASS, b -> b.keepTogether(id(0), id(1), id(2), id(3), id(4), id(5)));
        assertEquals("grouping.infeasible.togetherTooLarge", e.key());
    }

    @Test
    void studentsBothTogetherAndApartAreRejected() {
        GroupingException e = failure(CLASS, b -> b.keepTogether(id(0), id(1)).keepApart(id(1), id(0)));
        assertEquals("grouping.infeasible.togetherApart", e.key());
    }

    @Test
    void fixedPlacementToAGroupThatDoesNotExistIsRejected() {
        GroupingException e = failure(CLASS, b -> b.fix(id(0), 4));
        assertEquals("grouping.infeasible.fixedGroup", e.key());
        assertEquals(List.of(id(0), 5, 4), e.args());
    }

    @Test
    void moreFixedStudentsThanAGroupHoldsAreRejected() {
        GroupingException e = failure(CLASS, b -> {
            for (int i = 0; i < 6; i++) {
                b.fix(id(i), 1);
            }
        });
        assertEquals("grouping.infeasible.fixedCapacity", e.key());
    }

    @Test
    void keepApartStudentsFixedToTheSameGroupAreRejected() {
        GroupingException e = failure(CLASS, b -> b.keepApart(id(0), id(1)).fix(id(0), 2).fix(id(1), 2));
        assertEquals("grouping.infeasible.apartFixed", e.key());
    }

    @Test
    void keepTogetherStudentsFixedToDifferentGroupsAreRejected() {
        GroupingException e = failure(CLASS, b -> b.keepTogether(id(0), id(1)).fix(id(0), 0).fix(id(1), 1));
        assertEquals("grouping.infeasible.togetherFixed", e.key());
    }

    @Test
    void keepTogetherSetsThatCannotBePackedAreRejected() {
        GroupingException e = failure(CLASS.subList(0, 10), b -> b.keepTogether(id(0), id(1), id(2))
                .keepTogether(id(3), id(4), id(5)).keepTogether(id(6), id(7), id(8)));
        assertEquals("grouping.infeasible.togetherPacking", e.key());
    }

    @Test
    void unknownStudentInAConstraintIsNamed() {
        GroupingException e = failure(CLASS, b -> b.keepApart(id(0), "NOBODY"));
        assertEquals("grouping.input.unknownStudent", e.key());
        assertTrue(e.getMessage().contains("NOBODY"));
    }

    @Test
    void duplicateIdIsRejected() {
        List<Student> students = new ArrayList<>(CLASS);
        students.add(CLASS.get(3));
        GroupingException e = failure(students, b -> { });
        assertEquals("grouping.input.duplicateId", e.key());
        assertEquals(List.of(id(3)), e.args());
    }

    @Test
    void tierLabelsThatDoNotMatchTheTemplateAreRejected() {
        GroupingException e = failure(CLASS, b -> b.tiers(TierTemplate.byCategory("tier", List.of("A", "B"), 3, 2)));
        assertEquals("grouping.infeasible.tierUnknown", e.key());
    }

    @Test
    void templateWithTooFewPartsForItsTiersIsRejected() {
        GroupingException e = failure(CLASS, b -> b.tiers(TierTemplate.byCategory("tier", List.of("A", "B", "C"), 3, 2)));
        assertEquals("grouping.infeasible.tierTemplate", e.key());
    }

    @Test
    void moreGroupsThanStudentsIsRejected() {
        GroupingProblem p = new GroupingProblem(Rosters.FEATURES, CLASS,
                GroupingOptions.builder().groupCount(21).build());
        assertEquals("grouping.input.tooManyGroups", assertThrows(GroupingException.class, () -> GroupingEngine.solve(p)).key());
    }

    @Test
    void emptyClassIsRejected() {
        GroupingProblem p = new GroupingProblem(Rosters.FEATURES, List.of(), GroupingOptions.builder().groupSize(4).build());
        assertEquals("grouping.input.noStudents", assertThrows(GroupingException.class, () -> GroupingEngine.solve(p)).key());
    }

    @Test
    void unknownFeatureIsRejected() {
        GroupingException e = failure(CLASS, b -> b.feature("physics", 1));
        assertEquals("grouping.input.unknownFeature", e.key());
    }

    @Test
    void categoryRulesThatCannotAllHoldReportWhatFailed() {
        // Two groups of two: the two boys must be kept apart from each other's partner and balanced,
        // and both girls are fixed to group 1 — gender balance then cannot hold.
        List<Student> four = List.of(
                new Student("b1", new double[] {1, 1, 1}, Map.of("gender", "M"), false),
                new Student("b2", new double[] {2, 2, 2}, Map.of("gender", "M"), false),
                new Student("g1", new double[] {3, 3, 3}, Map.of("gender", "F"), false),
                new Student("g2", new double[] {4, 4, 4}, Map.of("gender", "F"), false));
        GroupingException e = failure(four, b -> b.groupCount(2).balance("gender").fix("g1", 0).fix("g2", 0));
        assertEquals("grouping.infeasible.constraints", e.key());
        assertTrue(e.getMessage().contains("balance:gender"), e.getMessage());
    }
}
