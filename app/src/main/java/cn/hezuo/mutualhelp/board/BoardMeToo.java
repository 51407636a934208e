package cn.hezuo.mutualhelp.board;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** “我也有这个问题”: one row per question and student (the unique key keeps a double tap to one). */
@Entity
@Table(name = "mh_board_me_too")
class BoardMeToo extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardMeToo() {
    }

    BoardMeToo(Long schoolId, Long questionId, Long studentId, Instant createdAt) {
        this.schoolId = schoolId;
        this.questionId = questionId;
        this.studentId = studentId;
        this.createdAt = createdAt;
    }

    Long getQuestionId() {
        return questionId;
    }

    Long getStudentId() {
        return studentId;
    }
}
