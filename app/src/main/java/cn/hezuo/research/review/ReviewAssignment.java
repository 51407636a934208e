package cn.hezuo.research.review;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One drawn pair of a round: the reviewer group reviews the reviewee group. Scored as target kind REVIEW. */
@Entity
@Table(name = "research_review_assignment")
public class ReviewAssignment extends IdentifiedEntity {

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "reviewer_group_id", nullable = false)
    private Long reviewerGroupId;

    @Column(name = "reviewee_group_id", nullable = false)
    private Long revieweeGroupId;

    protected ReviewAssignment() {
    }

    ReviewAssignment(Long roundId, Long reviewerGroupId, Long revieweeGroupId) {
        this.roundId = roundId;
        this.reviewerGroupId = reviewerGroupId;
        this.revieweeGroupId = revieweeGroupId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getReviewerGroupId() {
        return reviewerGroupId;
    }

    public Long getRevieweeGroupId() {
        return revieweeGroupId;
    }
}
