package cn.hezuo.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one school calendar: the edge cases every feature used to decide for itself. */
class SchoolCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // Autumn term starts on a Wednesday (2026-09-02); spring term on a Monday (2027-02-22); winter holiday between.
    private static final Term AUTUMN = new Term(1L, "2026—2027学年第一学期", LocalDate.of(2026, 9, 2), LocalDate.of(2027, 1, 22));
    private static final Term SPRING = new Term(1L, "2026—2027学年第二学期", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 2));

    private static SchoolCalendar calendarOn(LocalDate today, Term... terms) {
        return calendarOn(today, List.of(), terms);
    }

    private static SchoolCalendar calendarOn(LocalDate today, List<TermPeriod> periods, Term... terms) {
        TermRepository repository = mock(TermRepository.class);
        // The repository's order: latest start first.
        List<Term> latestFirst = java.util.Arrays.stream(terms)
                .sorted(java.util.Comparator.comparing(Term::getStartDate).reversed()).toList();
        when(repository.findBySchoolIdOrderByStartDateDesc(1L)).thenReturn(latestFirst);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        TermPeriodRepository periodRepository = mock(TermPeriodRepository.class);
        when(periodRepository.findBySchoolIdOrderByStartDate(1L)).thenReturn(periods);
        when(periodRepository.findByTermIdOrderByStartDate(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> periods.stream().filter(p -> p.getTermId().equals(call.getArgument(0))).toList());
        return new SchoolCalendar(repository, periodRepository, clock);
    }

    @Test
    void weekOneOfATermStartingMidWeekRunsFromThatMonday() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 9, 2), AUTUMN, SPRING);
        assertThat(calendar.weekOf(1, LocalDate.of(2026, 8, 31))).isEqualTo(1);
        assertThat(calendar.weekOf(1, LocalDate.of(2026, 9, 6))).isEqualTo(1);
        assertThat(calendar.weekOf(1, LocalDate.of(2026, 9, 7))).isEqualTo(2);
        assertThat(calendar.currentWeek(1)).isEqualTo(1);
        assertThat(calendar.currentTerm(1)).map(SchoolTerm::name).contains("2026—2027学年第一学期");
    }

    @Test
    void beforeTheFirstTermThereIsNoTermAndTheWeekIsOne() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 8, 20), AUTUMN, SPRING);
        assertThat(calendar.currentTerm(1)).isEmpty();
        assertThat(calendar.termCountingToward(1, calendar.today())).isEmpty();
        assertThat(calendar.currentWeek(1)).isEqualTo(1);
        assertThatThrownBy(() -> calendar.requireTermForToday(1)).isInstanceOf(RuleViolationException.class);
        assertThat(calendar.currentTermStartOrHalfYearAgo(1)).isEqualTo(LocalDate.of(2026, 8, 20).minusDays(180));
    }

    @Test
    void inTheHolidayBetweenTermsNoTermIsCurrentButThePastTermStillCounts() {
        LocalDate winterHoliday = LocalDate.of(2027, 2, 1);
        SchoolCalendar calendar = calendarOn(winterHoliday, AUTUMN, SPRING);
        assertThat(calendar.currentTerm(1)).isEmpty();
        assertThat(calendar.requireTermForToday(1).name()).isEqualTo("2026—2027学年第一学期");
        assertThat(calendar.currentWeek(1)).isEqualTo(AUTUMN.weekNumber(winterHoliday));
        assertThat(calendar.currentTermStartOrHalfYearAgo(1)).isEqualTo(winterHoliday.minusDays(180));
    }

    @Test
    void afterTheLastTermTheLastTermCounts() {
        LocalDate summer = LocalDate.of(2027, 8, 1);
        SchoolCalendar calendar = calendarOn(summer, AUTUMN, SPRING);
        assertThat(calendar.currentTerm(1)).isEmpty();
        assertThat(calendar.requireTermForToday(1).name()).isEqualTo("2026—2027学年第二学期");
        assertThat(calendar.currentWeek(1)).isEqualTo(SPRING.weekNumber(summer));
    }

    @Test
    void theFirstAndLastDaysBelongToTheTerm() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2027, 2, 22), AUTUMN, SPRING);
        assertThat(calendar.termContaining(1, LocalDate.of(2027, 1, 22))).map(SchoolTerm::name).contains("2026—2027学年第一学期");
        assertThat(calendar.termContaining(1, LocalDate.of(2027, 1, 23))).isEmpty();
        assertThat(calendar.currentTerm(1)).map(SchoolTerm::name).contains("2026—2027学年第二学期");
        assertThat(calendar.currentWeek(1)).isEqualTo(1);
        assertThat(calendar.currentTermStartOrHalfYearAgo(1)).isEqualTo(LocalDate.of(2027, 2, 22));
    }

    @Test
    void aWeekAskedForInAUrlIsKeptInRangeAndNoneMeansTheCurrentWeek() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 9, 14), AUTUMN);
        assertThat(calendar.shownWeek(1, null)).isEqualTo(3);
        assertThat(calendar.shownWeek(1, 0)).isEqualTo(1);
        assertThat(calendar.shownWeek(1, -5)).isEqualTo(1);
        assertThat(calendar.shownWeek(1, 7)).isEqualTo(7);
        assertThat(calendar.shownWeek(1, 999)).isEqualTo(SchoolCalendar.MAX_WEEK);
    }

    @Test
    void aTermReportsItsWeekCount() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 9, 14), AUTUMN);
        assertThat(calendar.terms(1)).singleElement().extracting(SchoolTerm::weekCount).isEqualTo(AUTUMN.weekCount());
    }

    // The fallbacks that differ by use when no term contains today (winter holiday), one test each.

    @Test
    void inTheHolidayPointsAndWeeklyStarsCountTowardThePastTermInItsWeekAfterTheLast() {
        LocalDate winterHoliday = LocalDate.of(2027, 2, 1);
        SchoolCalendar calendar = calendarOn(winterHoliday, AUTUMN, SPRING);
        SchoolTerm term = calendar.requireTermForToday(1);
        assertThat(term.name()).isEqualTo("2026—2027学年第一学期");
        assertThat(calendar.weekToday(term)).isEqualTo(23).isGreaterThan(term.weekCount());
    }

    @Test
    void inTheHolidayRolesRotateOnFromThePastTerm() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2027, 2, 1), AUTUMN, SPRING);
        assertThat(calendar.currentWeek(1)).isEqualTo(23);
        assertThat(calendar.shownWeek(1, null)).isEqualTo(23);
    }

    @Test
    void inTheHolidayThereIsNoCurrentTermForTheDashboardOrANewExam() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2027, 2, 1), AUTUMN, SPRING);
        assertThat(calendar.currentTerm(1)).isEmpty();
    }

    @Test
    void inTheHolidayFairCallingLooksBackHalfAYear() {
        LocalDate winterHoliday = LocalDate.of(2027, 2, 1);
        assertThat(calendarOn(winterHoliday, AUTUMN, SPRING).currentTermStartOrHalfYearAgo(1))
                .isEqualTo(winterHoliday.minusDays(180));
        assertThat(calendarOn(winterHoliday).currentTermStartOrHalfYearAgo(1)).isEqualTo(winterHoliday.minusDays(180));
        assertThat(calendarOn(LocalDate.of(2026, 10, 1), AUTUMN, SPRING).currentTermStartOrHalfYearAgo(1))
                .isEqualTo(AUTUMN.getStartDate());
    }

    @Test
    void aWeeklyPageKeepsTheWeekWithinTheTermsWeeksAndShowsTheLastWeekInTheHoliday() {
        SchoolCalendar holiday = calendarOn(LocalDate.of(2027, 2, 1), AUTUMN, SPRING);
        SchoolTerm autumn = holiday.requireTermForToday(1);
        assertThat(autumn.weekCount()).isEqualTo(21);
        assertThat(holiday.shownWeekOf(autumn, null)).isEqualTo(21);
        assertThat(holiday.shownWeekOf(autumn, 99)).isEqualTo(21);
        assertThat(holiday.shownWeekOf(autumn, 0)).isEqualTo(1);
        assertThat(holiday.shownWeekOf(autumn, 5)).isEqualTo(5);
        SchoolCalendar term = calendarOn(LocalDate.of(2026, 9, 14), AUTUMN);
        assertThat(term.shownWeekOf(term.requireTermForToday(1), null)).isEqualTo(3);
    }

    @Test
    void aTermWeekBelongsToTheMonthItsMondayIsIn() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2027, 3, 1), AUTUMN, SPRING);
        // January 2027: 1 Jan is a Friday, so the autumn term's weeks from Monday 4 Jan (week 19) to its end (week 21).
        assertThat(calendar.weeksOfMonth(1, YearMonth.of(2027, 1)))
                .extracting(w -> w.term().name() + " " + w.fromWeek() + "-" + w.toWeek())
                .containsExactly("2026—2027学年第一学期 19-21");
        // September 2026: week 1 began on Monday 31 August, so September holds weeks 2 to 5.
        assertThat(calendar.weeksOfMonth(1, YearMonth.of(2026, 9)))
                .extracting(w -> w.fromWeek() + "-" + w.toWeek()).containsExactly("2-5");
        assertThat(calendar.weeksOfMonth(1, YearMonth.of(2027, 2)))
                .extracting(w -> w.term().name() + " " + w.fromWeek() + "-" + w.toWeek())
                .containsExactly("2026—2027学年第二学期 1-1");
        assertThat(calendar.weeksOfMonth(1, YearMonth.of(2027, 8))).isEmpty();
    }

    @Test
    void mondayOfAWeekStartsWeekOneBeforeAMidWeekFirstDay() {
        SchoolTerm autumn = calendarOn(LocalDate.of(2026, 9, 14), AUTUMN).terms(1).get(0);
        assertThat(autumn.mondayOfWeek(1)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(autumn.mondayOfWeek(3)).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void aSchoolWeekRunsFromMondayAndATermHasOnlyItsOwnWeeks() {
        assertThat(SchoolCalendar.mondayOf(LocalDate.of(2026, 9, 6))).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(SchoolCalendar.mondayOf(LocalDate.of(2026, 9, 7))).isEqualTo(LocalDate.of(2026, 9, 7));
        SchoolTerm autumn = calendarOn(LocalDate.of(2026, 9, 14), AUTUMN).terms(1).get(0);
        assertThat(autumn.hasWeek(1)).isTrue();
        assertThat(autumn.hasWeek(21)).isTrue();
        assertThat(autumn.hasWeek(0)).isFalse();
        assertThat(autumn.hasWeek(22)).isFalse();
    }

    // Holidays and exam weeks. The autumn term (id 7) starts Wednesday 2026-09-02: week 1 is Aug 31 – Sep 6.
    private static final Term AUTUMN_7 = withId(new Term(1L, "2026—2027学年第一学期", LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 1, 22)), 7L);
    // 国庆: Thursday Oct 1 – Wednesday Oct 7 (week 5 Thu–Sun, week 6 Mon–Wed), 期中 the whole of week 11 (Nov 9–13),
    // and a five-day break covering week 8's Monday–Friday (Oct 19–23) to have a whole holiday week.
    private static final List<TermPeriod> PERIODS = List.of(
            new TermPeriod(1L, 7L, TermPeriodKind.HOLIDAY, "国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)),
            new TermPeriod(1L, 7L, TermPeriodKind.HOLIDAY, "秋假", LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23)),
            new TermPeriod(1L, 7L, TermPeriodKind.EXAM, "期中考试", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13)));

    private static Term withId(Term term, long id) {
        org.springframework.test.util.ReflectionTestUtils.setField(term, "id", id);
        return term;
    }

    @Test
    void aSchoolDayIsAWeekdayInsideATermAndOutsideItsHolidays() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 9, 2), PERIODS, AUTUMN_7);
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 9, 30))).as("Wednesday before 国庆").isTrue();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 10, 1))).as("国庆").isFalse();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 10, 7))).as("last day of 国庆").isFalse();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 10, 10))).as("a Saturday").isFalse();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 11, 10))).as("exam week: school goes on").isTrue();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2026, 9, 1))).as("before the term").isFalse();
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2027, 1, 25))).as("after the term").isFalse();
        assertThat(calendar.holidayOn(1, LocalDate.of(2026, 10, 3))).get().extracting(CalendarPeriod::name).isEqualTo("国庆节");
    }

    @Test
    void aHolidayWeekIsOneWhoseWholeMondayToFridayIsAHoliday() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 9, 2), PERIODS, AUTUMN_7);
        SchoolTerm term = calendar.terms(1).get(0);
        assertThat(calendar.holidayWeeks(1, term)).as("国庆 splits over weeks 5 and 6; the 秋假 fills week 8")
                .containsExactly(8);
        assertThat(calendar.examWeeks(1, term)).containsExactly(11);
        assertThat(calendar.weeksWithoutRoutine(1, term)).containsExactly(8, 11);
        assertThat(PERIODS.get(0).toRecord().weeks(term)).containsExactly(5, 6);
    }

    @Test
    void theTermsPeriodsComeInDateOrderAndNoneForAnotherSchool() {
        SchoolCalendar calendar = calendarOn(LocalDate.of(2026, 9, 2), PERIODS, AUTUMN_7);
        assertThat(calendar.periods(1, 7)).extracting(CalendarPeriod::name).containsExactly("国庆节", "秋假", "期中考试");
        assertThat(calendar.periods(2, 7)).isEmpty();
        assertThat(calendar.periods(1, 8)).isEmpty();
    }
}
