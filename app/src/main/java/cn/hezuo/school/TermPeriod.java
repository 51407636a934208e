package cn.hezuo.school;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A holiday (国庆节) or an exam week (期中考试) of a term, as the admin enters it on the terms page. */
@Entity
@Table(name = "term_period")
class TermPeriod extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TermPeriodKind kind;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected TermPeriod() {
    }

    TermPeriod(Long schoolId, Long termId, TermPeriodKind kind, String name, LocalDate startDate, LocalDate endDate) {
        this.schoolId = schoolId;
        this.termId = termId;
        this.kind = kind;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    CalendarPeriod toRecord() {
        return new CalendarPeriod(getId(), termId, kind, name, startDate, endDate);
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getTermId() {
        return termId;
    }

    String getName() {
        return name;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }
}
