package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.exam.stats.EarlyWarning.Flagged;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * F = 100, so flagging needs T &lt; 60. Ten present students; PR = 100·(#less + 0.5·#equal)/10.
 *
 * <pre>
 * id   post  PR_post            pre  PR_pre              drop
 * s01  90    95                 10   5  (lowest)
 * s02  85    85                 30   20 (tied with s10)
 * s03  80    75                 50   50 (tied with s09)
 * s04  75    65                 70   75
 * s05  70    55                 80   85
 * s06  60    45                 95   95                  50, but T = 60 = 0.6·F exactly → not flagged
 * s07  59.5  35                 60   65                  30 → flagged
 * s08  59    25                 40   35                  10 exactly → not flagged
 * s09  50    10 (tied with s10) 50   50                  40 → flagged
 * s10  50    10                 30   20                  10 exactly, both ranks tied → not flagged
 * s11  absent on the post-test; pre 0, which would lower everyone's PR_pre if it were counted
 * </pre>
 */
class EarlyWarningTest {

    private final ScoreTable post = ScoreTable.builder()
            .present("s10", "一班", 50).present("s01", "一班", 90).present("s02", "一班", 85)
            .present("s03", "一班", 80).present("s04", "二班", 75).present("s05", "二班", 70)
            .present("s06", "二班", 60).present("s07", "二班", 59.5).present("s08", "一班", 59)
            .present("s09", "二班", 50).absent("s11", "一班")
            .build();
    private final Map<String, Double> pre = new HashMap<>(Map.ofEntries(
            Map.entry("s01", 10.0), Map.entry("s02", 30.0), Map.entry("s03", 50.0), Map.entry("s04", 70.0),
            Map.entry("s05", 80.0), Map.entry("s06", 95.0), Map.entry("s07", 60.0), Map.entry("s08", 40.0),
            Map.entry("s09", 50.0), Map.entry("s10", 30.0), Map.entry("s11", 0.0)));
    private final EarlyWarning warning = EarlyWarning.flag(post, pre, ExamLines.of(100));

    @Test
    void flagsStudentsBelowThePassLineWhoseRankDroppedMoreThanTenSortedById() {
        assertThat(warning.flagged()).extracting(Flagged::studentId).containsExactly("s07", "s09");
    }

    @Test
    void percentileRanksUseMidRanksForTies() {
        Flagged s09 = warning.flagged().get(1);
        assertThat(s09.prPost()).isEqualTo(10);
        assertThat(s09.prPre()).isEqualTo(50);
        assertThat(s09.drop()).isEqualTo(40);
        assertThat(s09.total()).isEqualTo(50);
        assertThat(s09.preTotal()).isEqualTo(50);
    }

    @Test
    void dropOfExactlyTenIsNotFlagged() {
        assertThat(warning.flagged()).extracting(Flagged::studentId).doesNotContain("s08", "s10");
    }

    @Test
    void totalExactlyOnSixtyPercentIsNotFlagged() {
        assertThat(warning.flagged()).extracting(Flagged::studentId).doesNotContain("s06");
    }

    @Test
    void preTestScoresOfStudentsAbsentNowAreNotInThePopulation() {
        assertThat(warning.population()).isEqualTo(10);
        assertThat(warning.flagged().get(0).prPre()).isEqualTo(65);
    }

    @Test
    void presentStudentWithoutAPreTestIsLeftOutAndListed() {
        pre.remove("s01");
        EarlyWarning without = EarlyWarning.flag(post, pre, ExamLines.of(100));
        assertThat(without.population()).isEqualTo(9);
        assertThat(without.missingPreTotal()).containsExactly("s01");
    }
}
