package cn.hezuo.school;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A term as other features see it: what {@link SchoolCalendar} returns instead of the entity. It holds the week
 * arithmetic of the school calendar; {@link Term} delegates to it.
 */
public record SchoolTerm(Long id, String name, LocalDate startDate, LocalDate endDate) {

    static SchoolTerm of(Term term) {
        return new SchoolTerm(term.getId(), term.getName(), term.getStartDate(), term.getEndDate());
    }

    /** Both the first and the last day belong to the term. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** The week of a date (week 1 = the week of the first day, Monday–Sunday); 0 or less before that week. */
    public int weekNumber(LocalDate date) {
        return weekNumber(startDate, date);
    }

    public int weekCount() {
        return weekNumber(endDate);
    }

    /** Whether the term has this week (1..{@link #weekCount}). */
    public boolean hasWeek(int week) {
        return week >= 1 && week <= weekCount();
    }

    /** The Monday that begins a week of this term (week 1: the Monday on or before the first day). */
    public LocalDate mondayOfWeek(int week) {
        return firstMonday(startDate).plusWeeks(week - 1L);
    }

    /**
     * The term week of a date: week 1 begins on the Monday of the start date's week, so a term starting on a
     * Wednesday still has its first week run Monday–Sunday like the school timetable. Dates before that Monday give
     * 0 or less; callers decide whether that is an error.
     */
    static int weekNumber(LocalDate termStart, LocalDate date) {
        long days = ChronoUnit.DAYS.between(firstMonday(termStart), date);
        return (int) Math.floorDiv(days, 7) + 1;
    }

    private static LocalDate firstMonday(LocalDate termStart) {
        return SchoolCalendar.mondayOf(termStart);
    }

    /** Weeks {@code fromWeek..toWeek} of one term. */
    public record WeekRange(SchoolTerm term, int fromWeek, int toWeek) {
    }
}
