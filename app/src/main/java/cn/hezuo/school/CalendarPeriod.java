package cn.hezuo.school;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A holiday or exam week of a term as other features see it ({@link SchoolCalendar#periods}). Both ends included. */
public record CalendarPeriod(Long id, Long termId, TermPeriodKind kind, String name, LocalDate startDate,
                             LocalDate endDate) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public boolean isHoliday() {
        return kind == TermPeriodKind.HOLIDAY;
    }

    /** The term weeks this period touches (a week is touched when any of its days lies in the period). */
    public Set<Integer> weeks(SchoolTerm term) {
        Set<Integer> weeks = new TreeSet<>();
        for (LocalDate day = startDate; !day.isAfter(endDate); day = day.plusDays(1)) {
            weeks.add(term.weekNumber(day));
        }
        return weeks;
    }

    /**
     * Whether the whole school week (Monday–Friday) of the week lies in this period, e.g. the 国庆 week. A holiday on a
     * Thursday and Friday leaves the week's first days for lessons, so it does not cancel a weekly slot by itself.
     */
    public boolean coversSchoolWeek(SchoolTerm term, int week) {
        LocalDate monday = term.mondayOfWeek(week);
        return !startDate.isAfter(monday) && !endDate.isBefore(monday.plusDays(4));
    }
}
