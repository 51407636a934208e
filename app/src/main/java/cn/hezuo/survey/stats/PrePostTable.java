package cn.hezuo.survey.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents' 前测/后测/比差 table for one question: per option the count and the percentage before and after, and
 * 比差 = post% − pre% in percentage points. Percentages are count / respondents of that survey × 100, unrounded
 * (rounding is for display only), so a multiple-choice question's column may add up to more than 100.
 */
public record PrePostTable(long preRespondents, long postRespondents, List<Row> rows) {

    /** One option: its index in the question, counts, percentages (0..100) and 比差 (percentage points). */
    public record Row(int option, long preCount, long postCount, double prePercent, double postPercent,
            double difference) {
    }

    /**
     * @param pre  count per option in the pre-survey
     * @param post count per option in the post-survey (same options, same order)
     * @param preRespondents  people who answered the question before (the denominator; for a single choice the sum)
     * @param postRespondents people who answered it after
     */
    public static PrePostTable of(long[] pre, long[] post, long preRespondents, long postRespondents) {
        if (pre.length != post.length) {
            throw new IllegalArgumentException("pre and post need the same options");
        }
        List<Row> rows = new ArrayList<>(pre.length);
        for (int i = 0; i < pre.length; i++) {
            double prePercent = percent(pre[i], preRespondents);
            double postPercent = percent(post[i], postRespondents);
            rows.add(new Row(i, pre[i], post[i], prePercent, postPercent, postPercent - prePercent));
        }
        return new PrePostTable(preRespondents, postRespondents, List.copyOf(rows));
    }

    /** A single-choice question: the respondents are the sums of the counts. */
    public static PrePostTable of(long[] pre, long[] post) {
        return of(pre, post, sum(pre), sum(post));
    }

    /** count / n × 100; NaN when nobody answered (shown as "—", never as 0 %). */
    public static double percent(long count, long n) {
        return n == 0 ? Double.NaN : 100.0 * count / n;
    }

    static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
