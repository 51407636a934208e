package cn.hezuo.mutualhelp.board;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An answer on the board: by a student ({@code studentId}) or a teacher (no student; {@code inClassName} shows it as
 * the class's answer). {@code pointsAction} is the evaluation action that awarded it, when the class gives points.
 */
@Entity
@Table(name = "mh_board_answer")
class BoardAnswer extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "in_class_name", nullable = false)
    private boolean inClassName;

    @Column(name = "request_id", nullable = false, length = 40)
    private String requestId;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(nullable = false)
    private boolean hidden;

    @Column(nullable = false)
    private boolean accepted;

    @Column(name = "accepted_by", length = 64)
    private String acceptedBy;

    @Column(name = "points_action")
    private Long pointsAction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardAnswer() {
    }

    BoardAnswer(Long schoolId, Long questionId, Long studentId, String author, boolean inClassName, String requestId,
                String body, Instant createdAt) {
        this.schoolId = schoolId;
        this.questionId = questionId;
        this.studentId = studentId;
        this.author = author;
        this.inClassName = inClassName;
        this.requestId = requestId;
        this.body = body;
        this.createdAt = createdAt;
    }

    void accept(boolean accepted, String by) {
        this.accepted = accepted;
        this.acceptedBy = accepted ? by : null;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void reword(String body) {
        this.body = body;
    }

    void awarded(long actionId) {
        this.pointsAction = actionId;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getQuestionId() {
        return questionId;
    }

    Long getStudentId() {
        return studentId;
    }

    String getAuthor() {
        return author;
    }

    boolean isInClassName() {
        return inClassName;
    }

    String getBody() {
        return body;
    }

    boolean isHidden() {
        return hidden;
    }

    boolean isAccepted() {
        return accepted;
    }

    Long getPointsAction() {
        return pointsAction;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
