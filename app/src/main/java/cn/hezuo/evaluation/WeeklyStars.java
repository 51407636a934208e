package cn.hezuo.evaluation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One group's 周评表 row for a term week: four criteria of 1–5 stars and a comment, with who filled it last.
 * Re-submitting for the same group and week updates this row (optimistic lock on {@code version}).
 */
@Entity
@Table(name = "eval_weekly_star")
public class WeeklyStars extends BaseEntity {

    public static final int COMMENT_MAX = 200;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "term_week", nullable = false)
    private int termWeek;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "study_plan", nullable = false)
    private int studyPlan;

    @Column(nullable = false)
    private int answering;

    @Column(nullable = false)
    private int challenge;

    @Column(nullable = false)
    private int reflection;

    @Column(name = "comment_text", length = COMMENT_MAX)
    private String comment;

    @Column(name = "filled_by", nullable = false, length = 64)
    private String filledBy;

    @Column(name = "filled_by_student_id")
    private Long filledByStudentId;

    @Column(name = "filled_at", nullable = false)
    private Instant filledAt;

    protected WeeklyStars() {
    }

    WeeklyStars(Long schoolId, Long classId, Long termId, int termWeek, Long groupId) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.termId = termId;
        this.termWeek = termWeek;
        this.groupId = groupId;
    }

    void fill(StarScores scores, String comment, String filledBy, Long filledByStudentId, Instant at) {
        this.studyPlan = scores.studyPlan();
        this.answering = scores.answering();
        this.challenge = scores.challenge();
        this.reflection = scores.reflection();
        this.comment = comment;
        this.filledBy = filledBy;
        this.filledByStudentId = filledByStudentId;
        this.filledAt = at;
    }

    public StarScores scores() {
        return new StarScores(studyPlan, answering, challenge, reflection);
    }

    public Long getClassId() {
        return classId;
    }

    public Long getTermId() {
        return termId;
    }

    public int getTermWeek() {
        return termWeek;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getComment() {
        return comment;
    }

    public String getFilledBy() {
        return filledBy;
    }

    public Long getFilledByStudentId() {
        return filledByStudentId;
    }

    public Instant getFilledAt() {
        return filledAt;
    }
}
