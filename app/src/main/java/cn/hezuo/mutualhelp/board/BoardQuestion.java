package cn.hezuo.mutualhelp.board;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A question on a class's board for one subject. {@code heldUntil} (the due time of the homework it is tied to) keeps
 * answers from every student but their author until then; {@code answers}, {@code meToo} and {@code firstAnswerAt}
 * are counters kept with each write so the board page and the report read one row per question.
 */
@Entity
@Table(name = "mh_board_question")
class BoardQuestion extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_no")
    private Integer groupNo;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "request_id", nullable = false, length = 40)
    private String requestId;

    @Column(nullable = false, length = 500)
    private String body;

    @Column(name = "knowledge_point", length = 40)
    private String knowledgePoint;

    @Column(name = "photo_id", length = 36)
    private String photoId;

    @Column(name = "homework_id")
    private Long homeworkId;

    @Column(name = "held_until")
    private Instant heldUntil;

    @Column(nullable = false)
    private boolean hidden;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "me_too", nullable = false)
    private int meToo;

    @Column(nullable = false)
    private int answers;

    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardQuestion() {
    }

    /** What a new question carries besides where it is and who asked. */
    record Content(String body, String knowledgePoint, String photoId, Long homeworkId, Instant heldUntil,
                   boolean anonymous) {
    }

    BoardQuestion(Long schoolId, Long classId, Long subjectId, Long studentId, Long groupId, Integer groupNo,
                  String requestId, Content content, Instant createdAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.subjectId = subjectId;
        this.studentId = studentId;
        this.groupId = groupId;
        this.groupNo = groupNo;
        this.requestId = requestId;
        this.body = content.body();
        this.knowledgePoint = content.knowledgePoint();
        this.photoId = content.photoId();
        this.homeworkId = content.homeworkId();
        this.heldUntil = content.heldUntil();
        this.anonymous = content.anonymous();
        this.createdAt = createdAt;
    }

    /** Whether other students may read its answers at {@code now}. */
    boolean answersHeld(Instant now) {
        return heldUntil != null && now.isBefore(heldUntil);
    }

    void answered(Instant at) {
        answers++;
        if (firstAnswerAt == null || at.isBefore(firstAnswerAt)) {
            firstAnswerAt = at;
        }
    }

    void meToo() {
        meToo++;
    }

    void accept(Long answerId) {
        this.acceptedAnswerId = answerId;
    }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void pin(boolean pinned) {
        this.pinned = pinned;
    }

    void reword(String body) {
        this.body = body;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getClassId() {
        return classId;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Long getStudentId() {
        return studentId;
    }

    Long getGroupId() {
        return groupId;
    }

    Integer getGroupNo() {
        return groupNo;
    }

    boolean isAnonymous() {
        return anonymous;
    }

    String getRequestId() {
        return requestId;
    }

    String getBody() {
        return body;
    }

    String getKnowledgePoint() {
        return knowledgePoint;
    }

    String getPhotoId() {
        return photoId;
    }

    Long getHomeworkId() {
        return homeworkId;
    }

    Instant getHeldUntil() {
        return heldUntil;
    }

    boolean isHidden() {
        return hidden;
    }

    boolean isPinned() {
        return pinned;
    }

    int getMeToo() {
        return meToo;
    }

    int getAnswers() {
        return answers;
    }

    Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }

    Long getAcceptedAnswerId() {
        return acceptedAnswerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
