package cn.hezuo.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

    // 2026-09-02 is a Wednesday; its week starts on Monday 2026-08-31.
    private final Term term = new Term(1L, "2026—2027学年第一学期", LocalDate.of(2026, 9, 2), LocalDate.of(2027, 1, 22));

    @Test
    void weekOneBeginsOnTheMondayOfTheStartDatesWeek() {
        assertThat(term.weekNumber(LocalDate.of(2026, 8, 31))).isEqualTo(1);
        assertThat(term.weekNumber(LocalDate.of(2026, 9, 2))).isEqualTo(1);
        assertThat(term.weekNumber(LocalDate.of(2026, 9, 6))).isEqualTo(1);
    }

    @Test
    void mondayStartsTheNextWeek() {
        assertThat(term.weekNumber(LocalDate.of(2026, 9, 7))).isEqualTo(2);
        assertThat(term.weekNumber(LocalDate.of(2026, 11, 22))).isEqualTo(12);
    }

    @Test
    void datesBeforeTheFirstMondayGiveWeekZeroOrLess() {
        assertThat(term.weekNumber(LocalDate.of(2026, 8, 30))).isEqualTo(0);
        assertThat(term.weekNumber(LocalDate.of(2026, 8, 23))).isEqualTo(-1);
    }

    @Test
    void termStartingOnMondayHasThatDayInWeekOne() {
        assertThat(Term.weekNumber(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 22))).isEqualTo(1);
        assertThat(Term.weekNumber(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 28))).isEqualTo(1);
        assertThat(Term.weekNumber(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 1))).isEqualTo(2);
    }

    @Test
    void weekCountIsTheWeekOfTheEndDate() {
        assertThat(term.weekCount()).isEqualTo(21);
    }

    @Test
    void termCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Term(1L, "x", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsIncludesBothEnds() {
        assertThat(term.contains(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(term.contains(LocalDate.of(2027, 1, 22))).isTrue();
        assertThat(term.contains(LocalDate.of(2027, 1, 23))).isFalse();
    }
}
