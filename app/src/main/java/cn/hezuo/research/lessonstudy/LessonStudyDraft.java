package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A numbered draft (第一稿, 第二稿 …) of a case. Its text lives in {@code research_ls_draft_text} (see
 * {@link CaseFiles}); the version checks that two people editing it at once do not overwrite each other.
 */
@Entity
@Table(name = "research_ls_draft")
public class LessonStudyDraft extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "draft_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DraftFormat format;

    @Column(name = "change_note", length = 2000)
    private String changeNote;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LessonStudyDraft() {
    }

    LessonStudyDraft(Long caseId, int number, DraftFormat format, String changeNote, String by, Instant at) {
        this.caseId = caseId;
        this.number = number;
        this.format = format;
        this.changeNote = changeNote;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Marks an edit; the entity's version moves on, so a save based on the old version is refused. */
    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getNumber() {
        return number;
    }

    public DraftFormat getFormat() {
        return format;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
