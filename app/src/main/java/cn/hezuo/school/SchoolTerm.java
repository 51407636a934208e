package cn.hezuo.school;

import java.time.LocalDate;

/** A term as other features see it: what {@link SchoolCalendar} returns instead of the entity. */
public record SchoolTerm(Long id, String name, LocalDate startDate, LocalDate endDate) {

    static SchoolTerm of(Term term) {
        return new SchoolTerm(term.getId(), term.getName(), term.getStartDate(), term.getEndDate());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** The week of a date (week 1 = the week of the first day, Monday–Sunday); 0 or less before that week. */
    public int weekOf(LocalDate date) {
        return Term.weekNumber(startDate, date);
    }

    public int weekCount() {
        return weekOf(endDate);
    }
}
