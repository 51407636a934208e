package cn.hezuo.commendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Turns a month's figures into a {@link Proposal}: score = Σ weight × criterion value; ranks are competition ranks
 * (1, 1, 3), so tied lines share a rank; a line is proposed when its rank is within the cut and its score is above 0
 * (nobody is commended for nothing). A tie across the cut proposes every tied line — the teacher unticks.
 */
@org.springframework.stereotype.Component
class Proposer {

    private final List<CriterionScorer> scorers;

    public Proposer(List<CriterionScorer> scorers) {
        this.scorers = List.copyOf(scorers);
    }

    public Proposal propose(MonthFigures figures, ProposalSettings settings) {
        Map<Long, Long> groupScores = new HashMap<>();
        Map<Long, Long> studentScores = new HashMap<>();
        for (CriterionScorer scorer : scorers) {
            int weight = settings.weight(scorer.criterion());
            if (weight == 0) {
                continue;
            }
            scorer.groups(figures).forEach((id, v) -> groupScores.merge(id, weight * v, Long::sum));
            scorer.students(figures).forEach((id, v) -> studentScores.merge(id, weight * v, Long::sum));
        }

        List<MonthFigures.GroupFigure> groups = new ArrayList<>(figures.groups());
        groups.sort(Comparator.comparingLong((MonthFigures.GroupFigure g) -> -groupScores.getOrDefault(g.groupId(), 0L))
                .thenComparingInt(MonthFigures.GroupFigure::number));
        List<Proposal.GroupLine> groupLines = new ArrayList<>();
        Ranked ranked = Ranked.of(groups, g -> groupScores.getOrDefault(g.groupId(), 0L));
        for (int i = 0; i < groups.size(); i++) {
            long score = ranked.scores[i];
            groupLines.add(new Proposal.GroupLine(groups.get(i), score, ranked.ranks[i], ranked.tied[i],
                    ranked.ranks[i] <= settings.groupCount() && score > 0));
        }

        List<Proposal.StudentLine> studentLines = new ArrayList<>();
        ToLongFunction<MonthFigures.StudentFigure> studentScore = s -> studentScores.getOrDefault(s.studentId(), 0L);
        Comparator<MonthFigures.StudentFigure> byScore = Comparator
                .comparingLong((MonthFigures.StudentFigure s) -> -studentScore.applyAsLong(s))
                .thenComparingInt(MonthFigures.StudentFigure::groupNumber)
                .thenComparingInt(MonthFigures.StudentFigure::memberNo);
        if (settings.individualMode() == IndividualMode.PER_GROUP) {
            Map<Integer, List<MonthFigures.StudentFigure>> byGroup = new LinkedHashMap<>();
            figures.students().stream()
                    .sorted(Comparator.comparingInt(MonthFigures.StudentFigure::groupNumber))
                    .forEach(s -> byGroup.computeIfAbsent(s.groupNumber(), k -> new ArrayList<>()).add(s));
            for (List<MonthFigures.StudentFigure> members : byGroup.values()) {
                members.sort(byScore);
                addStudents(studentLines, members, studentScore, 1);
            }
        } else {
            List<MonthFigures.StudentFigure> all = new ArrayList<>(figures.students());
            all.sort(byScore);
            addStudents(studentLines, all, studentScore, settings.individualCount());
        }
        return new Proposal(figures, settings, List.copyOf(groupLines), List.copyOf(studentLines));
    }

    private static void addStudents(List<Proposal.StudentLine> lines, List<MonthFigures.StudentFigure> sorted,
                                    ToLongFunction<MonthFigures.StudentFigure> score, int cut) {
        Ranked ranked = Ranked.of(sorted, score);
        for (int i = 0; i < sorted.size(); i++) {
            lines.add(new Proposal.StudentLine(sorted.get(i), ranked.scores[i], ranked.ranks[i], ranked.tied[i],
                    ranked.ranks[i] <= cut && ranked.scores[i] > 0));
        }
    }

    /** Competition ranks of a list already sorted by score, highest first. */
    private record Ranked(long[] scores, int[] ranks, boolean[] tied) {

        static <T> Ranked of(List<T> sorted, ToLongFunction<T> score) {
            int n = sorted.size();
            long[] scores = new long[n];
            int[] ranks = new int[n];
            boolean[] tied = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = score.applyAsLong(sorted.get(i));
                ranks[i] = i > 0 && scores[i] == scores[i - 1] ? ranks[i - 1] : i + 1;
            }
            for (int i = 0; i < n; i++) {
                tied[i] = (i > 0 && scores[i] == scores[i - 1]) || (i + 1 < n && scores[i] == scores[i + 1]);
            }
            return new Ranked(scores, ranks, tied);
        }
    }
}
