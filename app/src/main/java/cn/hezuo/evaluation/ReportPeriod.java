package cn.hezuo.evaluation;

import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods a report covers; each resolves to a date range [from, to] (inclusive) in the school's time zone. */
enum ReportPeriod {
    TODAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, TERM, CUSTOM;

    /** From and to dates; {@code customFrom}/{@code customTo} are used only for CUSTOM (missing = today). */
    LocalDate[] range(LocalDate today, SchoolTerm term, LocalDate customFrom, LocalDate customTo) {
        LocalDate monday = SchoolCalendar.mondayOf(today);
        return switch (this) {
            case TODAY -> new LocalDate[] {today, today};
            case THIS_WEEK -> new LocalDate[] {monday, monday.plusDays(6)};
            case LAST_WEEK -> new LocalDate[] {monday.minusWeeks(1), monday.minusDays(1)};
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth())};
            case TERM -> new LocalDate[] {term.startDate(), term.endDate()};
            case CUSTOM -> {
                LocalDate from = customFrom == null ? today : customFrom;
                LocalDate to = customTo == null ? today : customTo;
                yield to.isBefore(from) ? new LocalDate[] {to, from} : new LocalDate[] {from, to};
            }
        };
    }
}
