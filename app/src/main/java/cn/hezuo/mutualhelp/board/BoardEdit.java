package cn.hezuo.mutualhelp.board;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A teacher's edit of a question or an answer: the wording before it and the reason given. */
@Entity
@Table(name = "mh_board_edit")
class BoardEdit extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "answer_id")
    private Long answerId;

    @Column(name = "old_body", nullable = false, length = 1000)
    private String oldBody;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "edited_by", nullable = false, length = 64)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected BoardEdit() {
    }

    BoardEdit(Long schoolId, Long questionId, Long answerId, String oldBody, String reason, String editedBy,
              Instant editedAt) {
        this.schoolId = schoolId;
        this.questionId = questionId;
        this.answerId = answerId;
        this.oldBody = oldBody;
        this.reason = reason;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public Long getAnswerId() {
        return answerId;
    }

    public String getOldBody() {
        return oldBody;
    }

    public String getReason() {
        return reason;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
