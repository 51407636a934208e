package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's comment on one paragraph of a draft, and whether the 执教人 adopted it (and why). */
@Entity
@Table(name = "research_ls_comment")
public class LessonStudyComment extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "draft_id", nullable = false)
    private Long draftId;

    @Column(nullable = false)
    private int paragraph;

    @Column(name = "author_id")
    private Long authorId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = 2000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Decision decision;

    @Column(length = 1000)
    private String reason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LessonStudyComment() {
    }

    LessonStudyComment(Long caseId, Long draftId, int paragraph, Long authorId, String author, String body,
                       Instant createdAt) {
        this.caseId = caseId;
        this.draftId = draftId;
        this.paragraph = paragraph;
        this.authorId = authorId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    void decide(Decision decision, String reason, Instant at) {
        this.decision = decision;
        this.reason = reason;
        this.decidedAt = at;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getDraftId() {
        return draftId;
    }

    public int getParagraph() {
        return paragraph;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
