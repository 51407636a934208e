package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One question a student noted for a lesson. {@code groupMergedInto} points at the group's question it duplicates (set
 * by the 学科组长), {@code classMergedInto} at another group's question it duplicates (set by the 课代表); a question
 * pointing nowhere is a class topic, and the teacher's outcome lives on the topic.
 */
@Entity
@Table(name = "mh_question")
class Question extends BaseEntity {

    /** Where the question came from: asked before the lesson, or a 三思 “不明白的问题” after the last one. */
    enum Source { ASKED, REFLECTION }

    /** What the teacher will do about a topic; students see it on their own questions. */
    enum Outcome { IN_CLASS, TUTORING, RESOLVED }

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_no")
    private Integer groupNo;

    @Column(name = "request_id", nullable = false, length = 40)
    private String requestId;

    @Column(nullable = false, length = 500)
    private String body;

    @Column(name = "knowledge_point", length = 40)
    private String knowledgePoint;

    @Column(name = "photo_id", length = 36)
    private String photoId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "group_merged_into")
    private Long groupMergedInto;

    @Column(name = "class_merged_into")
    private Long classMergedInto;

    @Column(name = "self_solved", nullable = false)
    private boolean selfSolved;

    @Column(name = "solved_how", length = 200)
    private String solvedHow;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Outcome outcome;

    @Column(name = "outcome_by", length = 64)
    private String outcomeBy;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Question() {
    }

    Question(Long schoolId, Long lessonId, Long studentId, Long groupId, Integer groupNo, String requestId, String body,
             String knowledgePoint, String photoId, Source source, Instant createdAt) {
        this.schoolId = schoolId;
        this.lessonId = lessonId;
        this.studentId = studentId;
        this.groupId = groupId;
        this.groupNo = groupNo;
        this.requestId = requestId;
        this.body = body;
        this.knowledgePoint = knowledgePoint;
        this.photoId = photoId;
        this.source = source;
        this.createdAt = createdAt;
    }

    /** A 三思 answer edited: its still-unclear question follows the new wording. */
    void reword(String body) {
        this.body = body;
    }

    void mergeInGroupInto(Long target) {
        this.groupMergedInto = target;
        if (target != null) {
            this.classMergedInto = null;
            this.selfSolved = false;
            this.solvedHow = null;
        }
    }

    void mergeInClassInto(Long target) {
        this.classMergedInto = target;
    }

    void markSelfSolved(boolean solved, String how) {
        this.selfSolved = solved;
        this.solvedHow = solved ? how : null;
        if (solved) {
            this.classMergedInto = null;
        }
    }

    void decide(Outcome outcome, String by, Instant at) {
        this.outcome = outcome;
        this.outcomeBy = by;
        this.outcomeAt = at;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Integer getGroupNo() {
        return groupNo;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getBody() {
        return body;
    }

    public String getKnowledgePoint() {
        return knowledgePoint;
    }

    public String getPhotoId() {
        return photoId;
    }

    public Source getSource() {
        return source;
    }

    public Long getGroupMergedInto() {
        return groupMergedInto;
    }

    public Long getClassMergedInto() {
        return classMergedInto;
    }

    public boolean isSelfSolved() {
        return selfSolved;
    }

    public String getSolvedHow() {
        return solvedHow;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
