package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a case's checklist: owner, due date, status, a note (minutes, reflection, summary text). */
@Entity
@Table(name = "research_ls_step")
public class LessonStudyStep extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private StepKind kind;

    @Column(length = 100)
    private String title;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private StepStatus status = StepStatus.OPEN;

    @Column(length = 4000)
    private String note;

    @Column(name = "done_at")
    private Instant doneAt;

    protected LessonStudyStep() {
    }

    LessonStudyStep(Long caseId, int sortOrder, StepKind kind, String title, Long ownerId, LocalDate dueDate) {
        this.caseId = caseId;
        this.sortOrder = sortOrder;
        this.kind = kind;
        this.title = title;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
    }

    void plan(String title, Long ownerId, LocalDate dueDate) {
        this.title = title;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void setNote(String note) {
        this.note = note;
    }

    void setStatus(StepStatus status, Instant at) {
        this.status = status;
        this.doneAt = status == StepStatus.DONE ? at : null;
    }

    /** Open and due before today. */
    public boolean overdue(LocalDate today) {
        return status == StepStatus.OPEN && dueDate.isBefore(today);
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public StepStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
