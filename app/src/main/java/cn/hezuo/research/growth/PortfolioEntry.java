package cn.hezuo.research.growth;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An entry a teacher adds to their own portfolio: a paper, an award, a research project, training hours. */
@Entity
@Table(name = "research_portfolio_entry")
class PortfolioEntry extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Enums.EntryKind kind;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 500)
    private String detail;

    private Integer hours;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PortfolioEntry() {
    }

    PortfolioEntry(Long schoolId, Long teacherId, Long termId, Enums.EntryKind kind, LocalDate date, String title,
                   String detail, Integer hours, Instant createdAt) {
        this.schoolId = schoolId;
        this.teacherId = teacherId;
        this.termId = termId;
        this.kind = kind;
        this.date = date;
        this.title = title;
        this.detail = detail;
        this.hours = hours;
        this.createdAt = createdAt;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public Enums.EntryKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public Integer getHours() {
        return hours;
    }
}
