package cn.hezuo.school;

import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The one answer to "which term and which week is it?" for every feature. Its rules:
 * <ul>
 *   <li>The <b>current term</b> of a date is the term containing it.</li>
 *   <li>The term a date <b>counts toward</b> is the term containing it, else — in a holiday between terms or after
 *       the last one — the latest term that has begun, so a holiday club or a late entry still lands in a term and a
 *       week. Before the first term there is none.</li>
 *   <li>A <b>week</b> runs Monday–Sunday; week 1 is the week of the term's first day even when the term starts
 *       mid-week ({@link SchoolTerm#weekNumber(LocalDate)}). The week of a date with no term to count toward is 1.</li>
 *   <li>A week asked for in a URL is kept within 1..{@value #MAX_WEEK}; pages that show one term's records keep it
 *       within that term's weeks instead ({@link #shownWeekOf}).</li>
 * </ul>
 * Where features used to differ when no term contains today, each keeps its answer through a named method:
 * points and weekly stars count toward the past term ({@link #requireTermForToday}), group roles rotate on in the
 * holiday ({@link #currentWeek}), a new exam is not filed under a term by default and the admin's dashboard says there
 * is no current term ({@link #currentTerm}), fair calling looks back about one term
 * ({@link #currentTermStartOrHalfYearAgo}).
 * Inside a term the admin marks <b>holidays</b> (放假: no lessons, no research activities) and <b>exam weeks</b> (考试周)
 * as dated periods ({@link #periods}). A <b>school day</b> is a Monday–Friday inside a term and outside its holidays;
 * a week is a <b>holiday week</b> when a holiday covers its whole Monday–Friday (the 国庆 week) — weekly slots such as
 * 集体备课 are not generated in holiday weeks or exam weeks. Make-up working days (调休) are not modelled: a Saturday
 * is never a school day here.
 * "Today" is the school's time zone through the application {@link Clock}.
 */
@Service
public class SchoolCalendar {

    /** The largest week number a page accepts; a Chinese term has about 20 weeks. */
    public static final int MAX_WEEK = 60;

    /** How far back fair calling counts when no term contains today. */
    static final int HALF_YEAR_DAYS = 180;

    private final TermRepository terms;
    private final TermPeriodRepository periods;
    private final Clock clock;

    SchoolCalendar(TermRepository terms, TermPeriodRepository periods, Clock clock) {
        this.terms = terms;
        this.periods = periods;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The school's terms, latest first. */
    public List<SchoolTerm> terms(long schoolId) {
        return terms.findBySchoolIdOrderByStartDateDesc(schoolId).stream().map(SchoolTerm::of).toList();
    }

    /** One of the school's terms by id (none if it belongs to another school). */
    public Optional<SchoolTerm> term(long schoolId, long termId) {
        return terms.findByIdAndSchoolId(termId, schoolId).map(SchoolTerm::of);
    }

    /** The term containing the date, if any (none in a holiday). */
    public Optional<SchoolTerm> termContaining(long schoolId, LocalDate date) {
        return containing(terms(schoolId), date);
    }

    /**
     * The term containing today, if any. No fallback on purpose where a guess would mislead: the admin's dashboard
     * warns "no current term" in a holiday, and a new exam is not filed under last term by default.
     */
    public Optional<SchoolTerm> currentTerm(long schoolId) {
        return termContaining(schoolId, today());
    }

    /** The term a date counts toward: the one containing it, else the latest begun before it. */
    public Optional<SchoolTerm> termCountingToward(long schoolId, LocalDate date) {
        List<SchoolTerm> list = terms(schoolId);
        return containing(list, date).or(() -> list.stream().filter(t -> !t.startDate().isAfter(date)).findFirst());
    }

    private static Optional<SchoolTerm> containing(List<SchoolTerm> terms, LocalDate date) {
        return terms.stream().filter(t -> t.contains(date)).findFirst();
    }

    /**
     * The term today counts toward, or a rule violation ("no term yet") the page shows to the user. Points and weekly
     * stars use it: a holiday club or a late entry still lands in the past term rather than nowhere.
     */
    public SchoolTerm requireTermForToday(long schoolId) {
        return termCountingToward(schoolId, today()).orElseThrow(() -> new RuleViolationException("evaluation.error.noTerm"));
    }

    /** The week of a date in the term it counts toward, at least 1. */
    public int weekOf(long schoolId, LocalDate date) {
        return termCountingToward(schoolId, date).map(t -> Math.max(1, t.weekNumber(date))).orElse(1);
    }

    /**
     * This week's number. In a holiday it goes on counting from the past term (group roles keep rotating);
     * before the first term it is 1.
     */
    public int currentWeek(long schoolId) {
        return weekOf(schoolId, today());
    }

    /** Today's week in a given term (the one {@link #requireTermForToday} gave), at least 1. */
    public int weekToday(SchoolTerm term) {
        return Math.max(1, term.weekNumber(today()));
    }

    /** The week a page shows: the one asked for (kept within range), else the current one. */
    public int shownWeek(long schoolId, Integer requested) {
        return requested == null ? currentWeek(schoolId) : clampWeek(requested);
    }

    /**
     * The week a page about one term's records shows (周评, 周评表): the one asked for, else today's, both kept within
     * the term's weeks — unlike {@link #shownWeek}, because after the term (in the holiday) there is nothing past its
     * last week to show, while roles rotate on.
     */
    public int shownWeekOf(SchoolTerm term, Integer requested) {
        int week = requested == null ? weekToday(term) : requested;
        return Math.max(1, Math.min(week, term.weekCount()));
    }

    /** The Monday that begins the school week (Monday–Sunday) of a date. */
    public static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A week asked for in a URL, kept within 1..{@value #MAX_WEEK}. */
    public static int clampWeek(int week) {
        return Math.max(1, Math.min(MAX_WEEK, week));
    }

    /**
     * Where "this term" begins for counting things such as fair calls: the current term's first day, or, in a holiday
     * or before any term, {@value #HALF_YEAR_DAYS} days back (about one term), so counts neither restart at zero in the
     * holiday nor need terms to be entered at all.
     */
    public LocalDate currentTermStartOrHalfYearAgo(long schoolId) {
        LocalDate today = today();
        return currentTerm(schoolId).map(SchoolTerm::startDate).orElse(today.minusDays(HALF_YEAR_DAYS));
    }

    /**
     * The term weeks of a month, per term it touches (the monthly commendation weighs their weekly stars). A week
     * belongs to the month its Monday is in; week 1 may begin before the term's first day and then counts from it.
     */
    public List<SchoolTerm.WeekRange> weeksOfMonth(long schoolId, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<SchoolTerm.WeekRange> result = new ArrayList<>();
        for (SchoolTerm term : terms(schoolId)) {
            LocalDate from = first.isBefore(term.startDate()) ? term.startDate() : first;
            LocalDate to = last.isAfter(term.endDate()) ? term.endDate() : last;
            if (from.isAfter(to)) {
                continue;
            }
            LocalDate monday = mondayOf(from);
            if (monday.isBefore(first)) {
                monday = monday.plusWeeks(1);
            }
            if (monday.isAfter(to)) {
                continue;
            }
            int fromWeek = term.weekNumber(monday.isBefore(term.startDate()) ? term.startDate() : monday);
            result.add(new SchoolTerm.WeekRange(term, fromWeek, term.weekNumber(to)));
        }
        return result;
    }

    /** The holidays and exam weeks of one term, in date order (none for another school's term). */
    public List<CalendarPeriod> periods(long schoolId, long termId) {
        return periods.findByTermIdOrderByStartDate(termId).stream().filter(p -> p.getSchoolId() == schoolId)
                .map(TermPeriod::toRecord).toList();
    }

    /** Every holiday and exam week of the school, in date order. */
    public List<CalendarPeriod> periods(long schoolId) {
        return periods.findBySchoolIdOrderByStartDate(schoolId).stream().map(TermPeriod::toRecord).toList();
    }

    /** The holiday a date falls in, if any. */
    public Optional<CalendarPeriod> holidayOn(long schoolId, LocalDate date) {
        return periods(schoolId).stream().filter(p -> p.isHoliday() && p.contains(date)).findFirst();
    }

    /** Monday–Friday, inside a term and outside its holidays. */
    public boolean isSchoolDay(long schoolId, LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && termContaining(schoolId, date).isPresent()
                && holidayOn(schoolId, date).isEmpty();
    }

    /** The term's weeks touched by an exam period. */
    public java.util.Set<Integer> examWeeks(long schoolId, SchoolTerm term) {
        return examWeeks(term, periods(schoolId, term.id()));
    }

    /** The term's weeks whose whole Monday–Friday is a holiday. */
    public java.util.Set<Integer> holidayWeeks(long schoolId, SchoolTerm term) {
        return holidayWeeks(term, periods(schoolId, term.id()));
    }

    /** Weeks in which no weekly slot is generated: holiday weeks and exam weeks (one read of the periods). */
    public java.util.Set<Integer> weeksWithoutRoutine(long schoolId, SchoolTerm term) {
        return weeksWithoutRoutine(term, periods(schoolId, term.id()));
    }

    /** The same rule over periods a caller already holds, so a page that also lists them reads them once. */
    public static java.util.Set<Integer> weeksWithoutRoutine(SchoolTerm term, List<CalendarPeriod> termPeriods) {
        java.util.Set<Integer> weeks = new java.util.TreeSet<>(holidayWeeks(term, termPeriods));
        weeks.addAll(examWeeks(term, termPeriods));
        return weeks;
    }

    private static java.util.Set<Integer> examWeeks(SchoolTerm term, List<CalendarPeriod> termPeriods) {
        java.util.Set<Integer> weeks = new java.util.TreeSet<>();
        termPeriods.stream().filter(p -> p.kind() == TermPeriodKind.EXAM).forEach(p -> weeks.addAll(p.weeks(term)));
        return weeks;
    }

    private static java.util.Set<Integer> holidayWeeks(SchoolTerm term, List<CalendarPeriod> termPeriods) {
        List<CalendarPeriod> holidays = termPeriods.stream().filter(CalendarPeriod::isHoliday).toList();
        java.util.Set<Integer> weeks = new java.util.TreeSet<>();
        for (int week = 1; week <= term.weekCount(); week++) {
            int w = week;
            if (holidays.stream().anyMatch(h -> h.coversSchoolWeek(term, w))) {
                weeks.add(week);
            }
        }
        return weeks;
    }
}
