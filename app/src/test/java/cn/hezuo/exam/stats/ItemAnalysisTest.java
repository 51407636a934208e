package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.hezuo.exam.stats.ItemAnalysis.ItemStats;
import cn.hezuo.exam.stats.ItemAnalysis.OptionDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected number is worked out by hand from {@link SmallExam}'s table; fractions are kept exact. */
class ItemAnalysisTest {

    private static final double EXACT = 1e-12;

    private final ExamMatrix exam = SmallExam.matrix();
    private final ItemAnalysis analysis = ItemAnalysis.analyse(exam);

    private ItemStats item(int j) {
        return analysis.items().get(j);
    }

    @Test
    void absentStudentIsInNoStatisticButCountsAsEnrolled() {
        assertThat(exam.studentCount()).isEqualTo(8);
        assertThat(exam.scores().enrolled()).isEqualTo(9);
        assertThat(exam.scores().enrolled(1)).isEqualTo(5);
        assertThat(exam.scores().present(1)).isEqualTo(4);
        // Mean of Q4 over the 8 present students only: 47/8, not 47/9.
        assertThat(item(3).meanScore()).isCloseTo(47.0 / 8, within(EXACT));
    }

    @Test
    void meanScoreAndDifficultyAreTheMeanAndTheMeanOverTheMaximum() {
        assertThat(item(0).meanScore()).isCloseTo(15.0 / 8, within(EXACT));
        assertThat(item(0).difficulty()).isCloseTo(15.0 / 8 / 3, within(EXACT));
        assertThat(item(2).difficulty()).isCloseTo(17.0 / 8 / 4, within(EXACT));
        assertThat(item(3).difficulty()).isCloseTo(47.0 / 8 / 10, within(EXACT));
    }

    @Test
    void studentsTiedAtTheCutAreAllInTheGroupSoAGroupCanExceedK() {
        UpperLowerGroups groups = analysis.groups();
        assertThat(groups.k()).isEqualTo(2);
        assertThat(groups.upperCut()).isEqualTo(17);
        assertThat(groups.lowerCut()).isEqualTo(9);
        assertThat(groups.upperSize()).isEqualTo(3);
        assertThat(groups.lowerSize()).isEqualTo(4);
        assertThat(groups.inUpper(17)).isTrue();
        assertThat(groups.inUpper(16.5)).isFalse();
        assertThat(groups.inLower(9)).isTrue();
    }

    @Test
    void discriminationUsesGroupMeansWithTiesAtTheCutIncluded() {
        // Q1: U = 3,3,3 → 3; L = s05 3, s06 0, s07 0, s08 3 → 1.5; D = 1.5/3.
        assertThat(item(0).discriminationD()).isCloseTo(0.5, within(EXACT));
        // Q2: U = 3,3,0 → 2; L = 0,3,0,3 → 1.5; D = 0.5/3.
        assertThat(item(1).discriminationD()).isCloseTo(1.0 / 6, within(EXACT));
        // Q3: U = 4,3,4 → 11/3; L = 1,2,0,1 → 1; D = (8/3)/4.
        assertThat(item(2).discriminationD()).isCloseTo(2.0 / 3, within(EXACT));
        // Q4: U = 9,8,10 → 9; L = 5,4,3,2 → 3.5; D = 5.5/10.
        assertThat(item(3).discriminationD()).isCloseTo(0.55, within(EXACT));
    }

    @Test
    void strictDiscriminationTakesExactlyKStudentsByTotalThenStudentId() {
        // U = s01, s02 (s02 before s03 at 17); L = s08, s07 (s08 is the last of the 9s by id).
        assertThat(item(0).discriminationDStrictK()).isCloseTo((3 - 1.5) / 3, within(EXACT));
        assertThat(item(1).discriminationDStrictK()).isCloseTo((3 - 1.5) / 3, within(EXACT));
        assertThat(item(2).discriminationDStrictK()).isCloseTo((3.5 - 0.5) / 4, within(EXACT));
        assertThat(item(3).discriminationDStrictK()).isCloseTo((8.5 - 2.5) / 10, within(EXACT));
    }

    @Test
    void groupSizeIsZeroPointTwentySevenNRoundedHalfUp() {
        assertThat(UpperLowerGroups.groupSize(1)).isZero();
        assertThat(UpperLowerGroups.groupSize(2)).isEqualTo(1);
        assertThat(UpperLowerGroups.groupSize(8)).isEqualTo(2);
        assertThat(UpperLowerGroups.groupSize(49)).isEqualTo(13);
        // 0.27·50 = 13.5 exactly: rounds up, whatever the binary value of 0.27.
        assertThat(UpperLowerGroups.groupSize(50)).isEqualTo(14);
        assertThat(UpperLowerGroups.groupSize(150)).isEqualTo(41);
        assertThat(UpperLowerGroups.groupSize(200_000)).isEqualTo(54_000);
    }

    @Test
    void itemTotalAndItemRestCorrelationsMatchTheHandComputedCovariances() {
        // var(T) = 415/14; var(Q1) = 135/56; cov(Q1, T) = 21/4; var(T − Q1) = 1207/56.
        double varT = 415.0 / 14;
        double varX = 135.0 / 56;
        double cov = 21.0 / 4;
        assertThat(item(0).rItemTotal()).isCloseTo(cov / Math.sqrt(varX * varT), within(EXACT));
        assertThat(item(0).rItemRest()).isCloseTo((cov - varX) / Math.sqrt(varX * 1207.0 / 56), within(EXACT));
        assertThat(item(0).rItemRest()).isCloseTo(0.39389149636491116, within(EXACT));
        assertThat(item(3).rItemTotal()).isCloseTo(0.8934342427499804, within(EXACT));
    }

    @Test
    void itemRestCorrelationIsThePearsonCorrelationOfTheItemWithTheRestScore() {
        for (int j = 0; j < exam.itemCount(); j++) {
            double[] x = new double[exam.studentCount()];
            double[] rest = new double[exam.studentCount()];
            for (int i = 0; i < x.length; i++) {
                x[i] = exam.points(i, j);
                rest[i] = exam.scores().total(i) - x[i];
            }
            assertThat(item(j).rItemRest()).isCloseTo(NaiveStatistics.pearson(x, rest), within(EXACT));
        }
    }

    @Test
    void cronbachsAlphaAndAlphaIfDeletedMatchTheHandComputation() {
        // Σ var(x_j) = 135/56 + 135/56 + 17/8 + 471/56 = 215/14; alpha = 4/3 · (1 − (215/14) / (415/14)) = 160/249.
        assertThat(analysis.alpha()).isCloseTo(160.0 / 249, within(EXACT));
        // Without Q1: 3/2 · (1 − (725/56) / (1207/56)) = 723/1207, and so on.
        assertThat(item(0).alphaIfDeleted()).isCloseTo(723.0 / 1207, within(EXACT));
        assertThat(item(1).alphaIfDeleted()).isCloseTo(231.0 / 299, within(EXACT));
        assertThat(item(2).alphaIfDeleted()).isCloseTo(31.0 / 103, within(EXACT));
        assertThat(item(3).alphaIfDeleted()).isCloseTo(243.0 / 551, within(EXACT));
    }

    @Test
    void standardErrorOfMeasurementIsSdTimesRootOfOneMinusAlpha() {
        assertThat(analysis.totalMean()).isCloseTo(94.0 / 8, within(EXACT));
        assertThat(analysis.totalSd()).isCloseTo(Math.sqrt(415.0 / 14), within(EXACT));
        assertThat(analysis.sem()).isCloseTo(Math.sqrt(415.0 / 14 * (1 - 160.0 / 249)), within(EXACT));
    }

    @Test
    void blankIsItsOwnOptionAndStaysInTheDenominator() {
        OptionDistribution q1 = item(0).options().orElseThrow();
        assertThat(q1.overall()).isEqualTo(new OptionCounts(1, 1, 5, 1, 0));
        assertThat(q1.overall().proportion(Choice.B)).isEqualTo(5.0 / 8);
        assertThat(q1.overall().proportion(Choice.BLANK)).isEqualTo(1.0 / 8);
        // The blank answer scored 0 and counts in Q1's mean: 15 points over 8 students.
        assertThat(item(0).meanScore()).isEqualTo(15.0 / 8);
        OptionDistribution q2 = item(1).options().orElseThrow();
        assertThat(q2.overall()).isEqualTo(new OptionCounts(1, 1, 0, 1, 5));
    }

    @Test
    void optionCountsArePerClassAndInsideTheUpperAndLowerGroups() {
        OptionDistribution q1 = item(0).options().orElseThrow();
        assertThat(q1.byClass()).containsExactly(new OptionCounts(0, 0, 4, 0, 0), new OptionCounts(1, 1, 1, 1, 0));
        assertThat(q1.upper()).isEqualTo(new OptionCounts(0, 0, 3, 0, 0));
        assertThat(q1.lower()).isEqualTo(new OptionCounts(1, 1, 2, 0, 0));
        OptionDistribution q2 = item(1).options().orElseThrow();
        assertThat(q2.byClass()).containsExactly(new OptionCounts(0, 1, 0, 0, 3), new OptionCounts(1, 0, 0, 1, 2));
        assertThat(q2.upper()).isEqualTo(new OptionCounts(0, 1, 0, 0, 2));
        assertThat(q2.lower()).isEqualTo(new OptionCounts(1, 0, 0, 1, 2));
    }

    @Test
    void subjectiveItemsHaveNoOptionDistribution() {
        assertThat(item(2).options()).isEmpty();
        assertThat(item(3).options()).isEmpty();
    }

    @Test
    void scoringRatePerClassIsTheClassMeanOverTheMaximum() {
        assertThat(item(0).scoringRateByClass()).containsExactly(1.0, 0.25);
        assertThat(item(2).scoringRateByClass()).containsExactly(0.75, 5.0 / 16);
        assertThat(item(3).scoringRateByClass()).containsExactly(29.0 / 40, 0.45);
    }

    @Test
    void itemEveryoneScoredAlikeHasUndefinedCorrelationsAndIsLeftOutOfAlphaAsPsychDoes() {
        ExamMatrix matrix = ExamMatrix.builder(List.of(item("Q1", 2), item("Q2", 2), item("Q3", 2)))
                .present("a", "c", new double[] {2, 0, 0}, null)
                .present("b", "c", new double[] {2, 1, 1}, null)
                .present("c", "c", new double[] {2, 2, 1}, null)
                .build();
        ItemAnalysis analysis = ItemAnalysis.analyse(matrix);
        ItemStats constant = analysis.items().get(0);
        assertThat(constant.rItemTotal()).isNaN();
        assertThat(constant.rItemRest()).isNaN();
        assertThat(constant.alphaIfDeleted()).isNaN();
        assertThat(constant.difficulty()).isEqualTo(1.0);
        assertThat(constant.discriminationD()).isZero();
        // psych::alpha() deletes Q1 ("had no variance"), so K' = 2: var(Q2) = 1, var(Q3) = 1/3, T = 2, 4, 5 with
        // var(T) = 7/3; alpha = 2 · (1 − (4/3) / (7/3)) = 6/7. One item left after deleting another: NaN.
        assertThat(analysis.alpha()).isCloseTo(6.0 / 7, within(EXACT));
        assertThat(analysis.items().get(1).alphaIfDeleted()).isNaN();
    }

    @Test
    void singleItemExamHasNoAlpha() {
        ExamMatrix matrix = ExamMatrix.builder(List.of(item("Q1", 5)))
                .present("a", "c", new double[] {1}, null)
                .present("b", "c", new double[] {4}, null)
                .build();
        ItemAnalysis single = ItemAnalysis.analyse(matrix);
        assertThat(single.alpha()).isNaN();
        assertThat(single.sem()).isNaN();
        assertThat(single.items().get(0).alphaIfDeleted()).isNaN();
        assertThat(single.items().get(0).rItemRest()).isNaN();
        assertThat(single.items().get(0).rItemTotal()).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void equalTotalsGiveUndefinedAlphaAndItemTotalCorrelationButZeroDiscrimination() {
        ExamMatrix matrix = ExamMatrix.builder(List.of(item("Q1", 2), item("Q2", 2)))
                .present("a", "c", new double[] {2, 0}, null)
                .present("b", "c", new double[] {0, 2}, null)
                .present("c", "c", new double[] {1, 1}, null)
                .build();
        ItemAnalysis equal = ItemAnalysis.analyse(matrix);
        assertThat(equal.alpha()).isNaN();
        assertThat(equal.totalSd()).isZero();
        assertThat(equal.items().get(0).rItemTotal()).isNaN();
        // Everybody is in both groups, so the group means are the same.
        assertThat(equal.items().get(0).discriminationD()).isZero();
        // The rest score is Q2, perfectly negatively related to Q1.
        assertThat(equal.items().get(0).rItemRest()).isCloseTo(-1.0, within(EXACT));
    }

    @Test
    void oneStudentLeavesVariancesAndDiscriminationUndefined() {
        ExamMatrix matrix = ExamMatrix.builder(List.of(item("Q1", 2), item("Q2", 2)))
                .present("a", "c", new double[] {2, 1}, null)
                .build();
        ItemAnalysis one = ItemAnalysis.analyse(matrix);
        assertThat(one.groups().k()).isZero();
        assertThat(one.items().get(0).discriminationD()).isNaN();
        assertThat(one.items().get(0).discriminationDStrictK()).isNaN();
        assertThat(one.items().get(0).meanScore()).isEqualTo(2.0);
        assertThat(one.totalSd()).isNaN();
        assertThat(one.alpha()).isNaN();
    }

    @Test
    void examWithNobodyPresentGivesNaNNotAnException() {
        ExamMatrix matrix = ExamMatrix.builder(List.of(item("Q1", 2), item("Q2", 2))).absent("a", "c").build();
        ItemAnalysis none = ItemAnalysis.analyse(matrix);
        assertThat(none.items().get(0).meanScore()).isNaN();
        assertThat(none.items().get(0).scoringRateByClass()).containsExactly(Double.NaN);
        assertThat(none.alpha()).isNaN();
    }

    private static Item item(String label, double max) {
        return new Item(label, max, false, List.of());
    }
}
