package cn.hezuo.school;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

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

    /** The term week of a date; the rule is {@link SchoolTerm#weekNumber(LocalDate)}'s (the admin's terms page shows it). */
    public int weekNumber(LocalDate date) {
        return SchoolTerm.of(this).weekNumber(date);
    }

    public static int weekNumber(LocalDate termStart, LocalDate date) {
        return SchoolTerm.weekNumber(termStart, date);
    }

    public int weekCount() {
        return SchoolTerm.of(this).weekCount();
    }

    public boolean contains(LocalDate date) {
        return SchoolTerm.of(this).contains(date);
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
