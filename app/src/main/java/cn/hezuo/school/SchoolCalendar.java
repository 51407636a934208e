package cn.hezuo.school;

import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
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
 *       mid-week ({@link Term#weekNumber}). The week of a date with no term to count toward is 1.</li>
 *   <li>A week asked for in a URL is kept within 1..{@value #MAX_WEEK}.</li>
 * </ul>
 * "Today" is the school's time zone through the application {@link Clock}.
 */
@Service
public class SchoolCalendar {

    /** The largest week number a page accepts; a Chinese term has about 20 weeks. */
    public static final int MAX_WEEK = 60;

    private final TermRepository terms;
    private final Clock clock;

    SchoolCalendar(TermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The school's terms, latest first. */
    public List<SchoolTerm> terms(long schoolId) {
        return terms.findBySchoolIdOrderByStartDateDesc(schoolId).stream().map(SchoolTerm::of).toList();
    }

    /** The term containing the date, if any (none in a holiday). */
    public Optional<SchoolTerm> termContaining(long schoolId, LocalDate date) {
        return terms(schoolId).stream().filter(t -> t.contains(date)).findFirst();
    }

    /** The term containing today, if any. */
    public Optional<SchoolTerm> currentTerm(long schoolId) {
        return termContaining(schoolId, today());
    }

    /** The term a date counts toward: the one containing it, else the latest begun before it. */
    public Optional<SchoolTerm> termCountingToward(long schoolId, LocalDate date) {
        List<SchoolTerm> list = terms(schoolId);
        return list.stream().filter(t -> t.contains(date)).findFirst()
                .or(() -> list.stream().filter(t -> !t.startDate().isAfter(date)).findFirst());
    }

    /** The term today counts toward, or a rule violation ("no term yet") the page shows to the user. */
    public SchoolTerm requireTermForToday(long schoolId) {
        return termCountingToward(schoolId, today()).orElseThrow(() -> new RuleViolationException("evaluation.error.noTerm"));
    }

    /** The week of a date in the term it counts toward, at least 1. */
    public int weekOf(long schoolId, LocalDate date) {
        return termCountingToward(schoolId, date).map(t -> Math.max(1, t.weekOf(date))).orElse(1);
    }

    public int currentWeek(long schoolId) {
        return weekOf(schoolId, today());
    }

    /** The week a page shows: the one asked for (kept within range), else the current one. */
    public int shownWeek(long schoolId, Integer requested) {
        return requested == null ? currentWeek(schoolId) : clampWeek(requested);
    }

    /** A week asked for in a URL, kept within 1..{@value #MAX_WEEK}. */
    public static int clampWeek(int week) {
        return Math.max(1, Math.min(MAX_WEEK, week));
    }

    /**
     * Where "this term" begins for counting things such as fair calls: the current term's first day, or, in a holiday
     * or before any term, the given fallback.
     */
    public LocalDate currentTermStartOr(long schoolId, LocalDate fallback) {
        return currentTerm(schoolId).map(SchoolTerm::startDate).orElse(fallback);
    }
}
