package cn.hezuo.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposerTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private final Proposer proposer = new Proposer(List.of(new PointsScorer(), new ImprovementScorer()));

    private static MonthFigures.GroupFigure group(long id, long points, long last) {
        return new MonthFigures.GroupFigure(id, (int) id, null, "第1次分组", true, points, last);
    }

    private static MonthFigures.StudentFigure student(long id, int group, long points, long last) {
        return new MonthFigures.StudentFigure(id, group, group, (int) (id % 10), "S" + id, points, last);
    }

    private static ProposalSettings pointsOnly(int groups, IndividualMode mode, int individuals) {
        return new ProposalSettings(Map.of(Criterion.POINTS, 1), groups, mode, individuals);
    }

    @Test
    void proposesTheTopGroupsByPointsWithTheirRank() {
        MonthFigures figures = new MonthFigures(1, OCTOBER, List.of(group(1, 10, 0), group(2, 30, 0), group(3, 20, 0)),
                List.of());

        Proposal proposal = proposer.propose(figures, pointsOnly(2, IndividualMode.PER_GROUP, 1));

        assertThat(proposal.groups()).extracting(l -> l.group().groupId()).containsExactly(2L, 3L, 1L);
        assertThat(proposal.groups()).extracting(Proposal.GroupLine::rank).containsExactly(1, 2, 3);
        assertThat(proposal.groups()).extracting(Proposal.GroupLine::proposed).containsExactly(true, true, false);
        assertThat(proposal.groups()).noneMatch(Proposal.GroupLine::tied);
    }

    @Test
    void aTieAcrossTheCutProposesEveryTiedGroupAndMarksThemTied() {
        MonthFigures figures = new MonthFigures(1, OCTOBER,
                List.of(group(1, 30, 0), group(2, 20, 0), group(3, 20, 0), group(4, 5, 0)), List.of());

        Proposal proposal = proposer.propose(figures, pointsOnly(2, IndividualMode.PER_GROUP, 1));

        assertThat(proposal.groups()).extracting(Proposal.GroupLine::rank).containsExactly(1, 2, 2, 4);
        assertThat(proposal.groups()).extracting(Proposal.GroupLine::proposed).containsExactly(true, true, true, false);
        assertThat(proposal.groups()).extracting(Proposal.GroupLine::tied).containsExactly(false, true, true, false);
        assertThat(proposal.proposedGroups()).isEqualTo(3);
    }

    @Test
    void nobodyIsProposedForZeroPoints() {
        MonthFigures figures = new MonthFigures(1, OCTOBER, List.of(group(1, 0, 0), group(2, 0, 4)),
                List.of(student(11, 1, 0, 0)));

        Proposal proposal = proposer.propose(figures, pointsOnly(2, IndividualMode.PER_GROUP, 1));

        assertThat(proposal.proposedGroups()).isZero();
        assertThat(proposal.proposedStudents()).isZero();
        assertThat(proposal.groups()).allMatch(Proposal.GroupLine::tied);
    }

    @Test
    void improvementWithNothingLastMonthCountsAllOfThisMonth() {
        // Group 1 had no points last month: its improvement is its 12 points, not a division by zero.
        MonthFigures figures = new MonthFigures(1, OCTOBER, List.of(group(1, 12, 0), group(2, 25, 20)), List.of());

        Proposal proposal = proposer.propose(figures,
                new ProposalSettings(Map.of(Criterion.IMPROVEMENT, 1), 1, IndividualMode.PER_GROUP, 1));

        assertThat(proposal.groups().get(0).group().groupId()).isEqualTo(1L);
        assertThat(proposal.groups().get(0).score()).isEqualTo(12);
        assertThat(proposal.groups().get(0).group().change()).isEqualTo(12);
        assertThat(proposal.groups().get(1).score()).isEqualTo(5);
        assertThat(proposal.groups()).extracting(Proposal.GroupLine::proposed).containsExactly(true, false);
    }

    @Test
    void weightsCombineCriteria() {
        // points×1 + improvement×2: group 1 = 10 + 2×10 = 30, group 2 = 24 + 2×(−6) = 12
        MonthFigures figures = new MonthFigures(1, OCTOBER, List.of(group(1, 10, 0), group(2, 24, 30)), List.of());

        Proposal proposal = proposer.propose(figures,
                new ProposalSettings(Map.of(Criterion.POINTS, 1, Criterion.IMPROVEMENT, 2), 1, IndividualMode.PER_GROUP, 1));

        assertThat(proposal.groups()).extracting(Proposal.GroupLine::score).containsExactly(30L, 12L);
        assertThat(proposal.groups().get(0).group().groupId()).isEqualTo(1L);
    }

    @Test
    void perGroupProposesTheTopStudentOfEachGroupAndBothWhenTied() {
        MonthFigures figures = new MonthFigures(1, OCTOBER, List.of(group(1, 10, 0), group(2, 10, 0)),
                List.of(student(11, 1, 3, 0), student(12, 1, 7, 0), student(21, 2, 4, 0), student(22, 2, 4, 0),
                        student(23, 2, 1, 0)));

        Proposal proposal = proposer.propose(figures, pointsOnly(2, IndividualMode.PER_GROUP, 1));

        assertThat(proposal.students().stream().filter(Proposal.StudentLine::proposed).map(l -> l.student().studentId()))
                .containsExactly(12L, 21L, 22L);
        assertThat(proposal.students().stream().filter(Proposal.StudentLine::tied).map(l -> l.student().studentId()))
                .containsExactly(21L, 22L);
    }

    @Test
    void topNProposesTheBestOfTheWholeClass() {
        MonthFigures figures = new MonthFigures(1, OCTOBER, List.of(group(1, 10, 0), group(2, 10, 0)),
                List.of(student(11, 1, 3, 0), student(12, 1, 7, 0), student(21, 2, 9, 0), student(22, 2, 5, 0)));

        Proposal proposal = proposer.propose(figures, pointsOnly(2, IndividualMode.TOP_N, 2));

        assertThat(proposal.students()).extracting(l -> l.student().studentId()).containsExactly(21L, 12L, 22L, 11L);
        assertThat(proposal.students().stream().filter(Proposal.StudentLine::proposed).map(l -> l.student().studentId()))
                .containsExactly(21L, 12L);
    }

    @Test
    void settingsSurviveTheirTextForm() {
        ProposalSettings settings = new ProposalSettings(Map.of(Criterion.POINTS, 3, Criterion.IMPROVEMENT, 1), 2,
                IndividualMode.TOP_N, 4);

        assertThat(ProposalSettings.parseCriteria(settings.criteriaText())).isEqualTo(settings.weights());
        assertThat(ProposalSettings.parseCriteria("POINTS:2,WEEKLY_STARS:1"))
                .isEqualTo(Map.of(Criterion.POINTS, 2, Criterion.WEEKLY_STARS, 1));
        // A criterion that no longer exists (an old stored text) is dropped, not an error.
        assertThat(ProposalSettings.parseCriteria("POINTS:2,RETIRED_CRITERION:1")).isEqualTo(Map.of(Criterion.POINTS, 2));
    }

    @Test
    void theDefaultMonthIsLastMonthUntilTheMonthsLastDays() {
        assertThat(CommendationMonth.defaultFor(java.time.LocalDate.of(2026, 11, 22))).isEqualTo(OCTOBER);
        assertThat(CommendationMonth.defaultFor(java.time.LocalDate.of(2026, 11, 1))).isEqualTo(OCTOBER);
        assertThat(CommendationMonth.defaultFor(java.time.LocalDate.of(2026, 10, 28))).isEqualTo(OCTOBER);
        assertThat(CommendationMonth.defaultFor(java.time.LocalDate.of(2026, 1, 5))).isEqualTo(YearMonth.of(2025, 12));
    }
}
