package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.exam.stats.ClassComparison.ClassRow;
import org.junit.jupiter.api.Test;

class ClassComparisonTest {

    private final ScoreTable scores = ScoreTable.builder()
            .present("a1", "一班", 70).present("a2", "一班", 90)
            .present("b1", "二班", 100).present("b2", "二班", 80)
            .present("c1", "三班", 85).present("c2", "三班", 75).absent("c3", "三班")
            .present("d1", "四班", 60)
            .absent("e1", "五班")
            .build();
    private final ClassComparison comparison = ClassComparison.of(scores, ExamLines.of(120));

    @Test
    void classesAreRankedByMeanWithCompetitionRanking() {
        // Means: 一班 80, 二班 90, 三班 80, 四班 60 → 2, 1, 2, 4.
        assertThat(comparison.classes()).extracting(ClassRow::rankByMean).containsExactly(2, 1, 2, 4, 0);
    }

    @Test
    void absentStudentCountsAsEnrolledButNotInTheMean() {
        ClassRow third = comparison.classes().get(2);
        assertThat(third.stats().nEnrolled()).isEqualTo(3);
        assertThat(third.stats().nPresent()).isEqualTo(2);
        assertThat(third.stats().mean()).isEqualTo(80);
    }

    @Test
    void classWhereNobodySatTheExamIsListedUnrankedWithNaNStatistics() {
        ClassRow fifth = comparison.classes().get(4);
        assertThat(fifth.classKey()).isEqualTo("五班");
        assertThat(fifth.rankByMean()).isZero();
        assertThat(fifth.stats().mean()).isNaN();
        assertThat(fifth.stats().nEnrolled()).isEqualTo(1);
    }

    @Test
    void gradeRowCoversEveryPresentStudentAndEveryEnrolledOne() {
        assertThat(comparison.grade().nPresent()).isEqualTo(7);
        assertThat(comparison.grade().nEnrolled()).isEqualTo(9);
        assertThat(comparison.grade().mean()).isEqualTo(560.0 / 7);
    }
}
