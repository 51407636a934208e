package cn.hezuo.mutualhelp.plans;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The head teacher's monthly review of one group's goal check-ins: reviewed, with a comment. */
@Entity
@Table(name = "mh_goal_review")
class GoalReview extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "review_month", nullable = false, length = 7)
    private String month;

    @Column(name = "comment_text", length = 300)
    private String comment;

    @Column(name = "reviewed_by", nullable = false, length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected GoalReview() {
    }

    GoalReview(long schoolId, long classId, long groupId, String month) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.groupId = groupId;
        this.month = month;
    }

    void review(String comment, String by, Instant at) {
        this.comment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    Long getGroupId() {
        return groupId;
    }

    String getComment() {
        return comment;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }
}
