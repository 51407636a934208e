package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Early warning (spec §5): students below the pass line whose standing fell by more than 10 percentile-rank points
 * from the pre-test to this exam.
 *
 * <p>The population is every student present on this exam who has a pre-test total; pre-test scores of students
 * absent now are not part of it. PR is the mid-rank percentile ({@link Ranking#percentileRanks}), computed for the
 * pre-test and for this exam within that same population. A student is flagged iff T &lt; pass line (strictly; 0.6·F
 * by default) and drop = PR_pre − PR_post &gt; 10 (strictly). The drop is compared in exact integer arithmetic, so a
 * drop of exactly 10 is never flagged by rounding.
 *
 * @param flagged            sorted by student id
 * @param population         students the percentile ranks were computed over
 * @param missingPreTotal    present students without a pre-test total, left out of the population (the spec expects
 *                           none; listed so that they are not silently lost)
 */
public record EarlyWarning(List<Flagged> flagged, int population, List<String> missingPreTotal) {

    /** In percentile-rank points; the drop must exceed it. */
    public static final int DROP_THRESHOLD = 10;

    public EarlyWarning {
        flagged = List.copyOf(flagged);
        missingPreTotal = List.copyOf(missingPreTotal);
    }

    /** @param drop prPre − prPost, in percentile-rank points */
    public record Flagged(String studentId, String classKey, double total, double preTotal, double prPre,
            double prPost, double drop) {
    }

    public static EarlyWarning flag(ScoreTable scores, Map<String, Double> preTotals, ExamLines lines) {
        List<Integer> rows = new ArrayList<>(scores.size());
        List<String> missing = new ArrayList<>();
        for (int row = 0; row < scores.size(); row++) {
            if (preTotals.get(scores.studentId(row)) == null) {
                missing.add(scores.studentId(row));
            } else {
                rows.add(row);
            }
        }
        int n = rows.size();
        double[] post = new double[n];
        double[] pre = new double[n];
        for (int r = 0; r < n; r++) {
            post[r] = scores.total(rows.get(r));
            pre[r] = preTotals.get(scores.studentId(rows.get(r)));
        }
        long[] prePositions = Ranking.halfCounts(pre);
        long[] postPositions = Ranking.halfCounts(post);
        List<Flagged> flagged = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            // PR = 50·h/N, so drop > 10 ⇔ 50·(h_pre − h_post) > 10·N, all integers.
            boolean dropped = 50 * (prePositions[r] - postPositions[r]) > (long) DROP_THRESHOLD * n;
            if (dropped && !lines.passes(post[r])) {
                double prPre = 50.0 * prePositions[r] / n;
                double prPost = 50.0 * postPositions[r] / n;
                int row = rows.get(r);
                flagged.add(new Flagged(scores.studentId(row), scores.classKey(row), post[r], pre[r], prPre, prPost,
                        prPre - prPost));
            }
        }
        flagged.sort(Comparator.comparing(Flagged::studentId));
        return new EarlyWarning(flagged, n, missing);
    }
}
