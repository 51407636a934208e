package cn.hezuo.mutualhelp.board;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Homework named on the board: answers to questions tied to it are held back from other students until it is due. */
@Entity
@Table(name = "mh_board_homework")
class BoardHomework extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardHomework() {
    }

    BoardHomework(Long schoolId, Long classId, Long subjectId, String title, Instant dueAt, String createdBy,
                  Instant createdAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.subjectId = subjectId;
        this.title = title;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void moveDue(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
