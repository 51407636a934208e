package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group's list as its 学科组长 submitted it; submitting again updates who and when. */
@Entity
@Table(name = "mh_group_submission")
class GroupSubmission extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected GroupSubmission() {
    }

    GroupSubmission(Long schoolId, Long lessonId, Long groupId) {
        this.schoolId = schoolId;
        this.lessonId = lessonId;
        this.groupId = groupId;
    }

    void submit(long studentId, Instant at) {
        this.submittedBy = studentId;
        this.submittedAt = at;
    }

    Long getLessonId() {
        return lessonId;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }
}
