package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A 磨课 case of a research group: theme, 执教人, the lesson; cases sharing a {@code pairKey} are 同课异构. */
@Entity
@Table(name = "research_ls_case")
public class LessonStudyCase extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(nullable = false, length = 200)
    private String theme;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "grade_id")
    private Long gradeId;

    @Column(length = 100)
    private String unit;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "pair_key", length = 40)
    private String pairKey;

    @Column(name = "self_comment", length = 2000)
    private String selfComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LessonStudyCase() {
    }

    LessonStudyCase(Long schoolId, Long groupId, Instant createdAt) {
        this.schoolId = schoolId;
        this.groupId = groupId;
        this.createdAt = createdAt;
    }

    void describe(String theme, Long teacherId, Long subjectId, Long gradeId, String unit, String topic) {
        this.theme = theme;
        this.teacherId = teacherId;
        this.subjectId = subjectId;
        this.gradeId = gradeId;
        this.unit = unit;
        this.topic = topic;
    }

    void setPairKey(String pairKey) {
        this.pairKey = pairKey;
    }

    void setSelfComment(String selfComment) {
        this.selfComment = selfComment;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getTheme() {
        return theme;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getGradeId() {
        return gradeId;
    }

    public String getUnit() {
        return unit;
    }

    public String getTopic() {
        return topic;
    }

    public String getPairKey() {
        return pairKey;
    }

    public String getSelfComment() {
        return selfComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
