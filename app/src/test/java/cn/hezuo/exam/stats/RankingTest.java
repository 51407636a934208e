package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void competitionRankingGivesTiesTheSmallestRankAndSkipsTheNext() {
        assertThat(Ranking.competition(new double[] {80, 90, 80, 70})).containsExactly(2, 1, 2, 4);
        assertThat(Ranking.competition(new double[] {5, 5, 5})).containsExactly(1, 1, 1);
        assertThat(Ranking.competition(new double[0])).isEmpty();
    }

    @Test
    void classRankRanksWithinEachClassOnly() {
        double[] totals = {90, 80, 95, 80, 60};
        int[] classes = {0, 0, 1, 0, 1};
        assertThat(Ranking.competitionWithin(totals, classes, 2)).containsExactly(1, 2, 1, 2, 2);
    }

    @Test
    void studentsGetClassAndGradeRanksByDescendingTotal() {
        ScoreTable scores = ScoreTable.builder()
                .present("s1", "一班", 90).present("s2", "二班", 95).present("s3", "一班", 90)
                .present("s4", "二班", 90).present("s5", "一班", 85).absent("s6", "一班")
                .build();
        assertThat(Ranking.gradeRanks(scores)).containsExactly(2, 1, 2, 2, 5);
        assertThat(Ranking.classRanks(scores)).containsExactly(1, 1, 1, 2, 3);
    }

    @Test
    void percentileRankCountsHalfOfTheTiesIncludingItself() {
        // 10: 0 below, 1 equal → 100·0.5/5 = 10. 20 (×2): 1 below, 2 equal → 100·2/5 = 40. 30: 3 below → 70.
        // 40: 4 below → 90.
        assertThat(Ranking.percentileRanks(new double[] {20, 10, 40, 20, 30}))
                .containsExactly(40, 10, 90, 40, 70);
    }
}
