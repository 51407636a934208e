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

    /** In a round among cases: the case whose group reviews, and the case reviewed (V82); else null. */
    @Column(name = "reviewer_case_id")
    private Long reviewerCaseId;

    @Column(name = "reviewee_case_id")
    private Long revieweeCaseId;

    protected ReviewAssignment() {
    }

    ReviewAssignment(Long roundId, Long reviewerGroupId, Long revieweeGroupId, Long reviewerCaseId,
                     Long revieweeCaseId) {
        this(roundId, reviewerGroupId, revieweeGroupId);
        this.reviewerCaseId = reviewerCaseId;
        this.revieweeCaseId = revieweeCaseId;
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

    public Long getReviewerCaseId() {
        return reviewerCaseId;
    }

    public Long getRevieweeCaseId() {
        return revieweeCaseId;
    }
}
