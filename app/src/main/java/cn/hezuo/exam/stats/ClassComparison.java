package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Every class's descriptive statistics side by side with the whole grade's, classes ranked by mean.
 *
 * @param classes in the score table's class order
 * @param grade   all present students of the exam
 */
public record ClassComparison(List<ClassRow> classes, DescriptiveStats grade) {

    public ClassComparison {
        classes = List.copyOf(classes);
    }

    /**
     * One class.
     *
     * @param rankByMean 1 = highest mean, competition ranking ("1224") among the classes with anyone present; 0 for a
     *                   class where nobody sat the exam (its mean is NaN)
     */
    public record ClassRow(String classKey, DescriptiveStats stats, int rankByMean) {
    }

    public static ClassComparison of(ScoreTable scores, ExamLines lines) {
        double[][] byClass = scores.totalsByClass();
        List<DescriptiveStats> stats = new ArrayList<>(byClass.length);
        for (int c = 0; c < byClass.length; c++) {
            stats.add(DescriptiveStats.of(byClass[c], scores.enrolled(c), lines));
        }
        int[] ranks = rankByMean(stats);
        List<ClassRow> rows = new ArrayList<>(byClass.length);
        for (int c = 0; c < byClass.length; c++) {
            rows.add(new ClassRow(scores.classKeys().get(c), stats.get(c), ranks[c]));
        }
        return new ClassComparison(rows, DescriptiveStats.of(scores.totalsArray(), scores.enrolled(), lines));
    }

    private static int[] rankByMean(List<DescriptiveStats> stats) {
        double[] means = stats.stream().filter(s -> s.nPresent() > 0).mapToDouble(DescriptiveStats::mean).toArray();
        int[] ranked = Ranking.competition(means);
        int[] ranks = new int[stats.size()];
        int next = 0;
        for (int c = 0; c < ranks.length; c++) {
            ranks[c] = stats.get(c).nPresent() > 0 ? ranked[next++] : 0;
        }
        return ranks;
    }
}
