package cn.hezuo.school;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** A school term (学期). Weekly rotation and weekly evaluation hang on its week numbers. */
@Entity
@Table(name = "term")
public class Term extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected Term() {
    }

    public Term(Long schoolId, String name, LocalDate startDate, LocalDate endDate) {
        this.schoolId = schoolId;
        update(name, startDate, endDate);
    }

    public void update(String name, LocalDate startDate, LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("term ends before it starts");
        }
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /**
     * The term week of a date: week 1 begins on the Monday of the start date's week, so a term
     * starting on a Wednesday still has its first week run Monday–Sunday like the school timetable.
     * Dates before that Monday give 0 or less; callers decide whether that is an error.
     */
    public int weekNumber(LocalDate date) {
        return weekNumber(startDate, date);
    }

    public static int weekNumber(LocalDate termStart, LocalDate date) {
        LocalDate firstMonday = termStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long days = ChronoUnit.DAYS.between(firstMonday, date);
        return (int) Math.floorDiv(days, 7) + 1;
    }

    public int weekCount() {
        return weekNumber(endDate);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
