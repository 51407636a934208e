package cn.hezuo.peereval;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one group gave a group's presentation (its own included). The last submission by any member wins. */
@Entity
@Table(name = "peer_group_rating")
public class PeerGroupRating extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "rater_group_no", nullable = false)
    private int raterGroupNo;

    @Column(name = "ratee_group_no", nullable = false)
    private int rateeGroupNo;

    @Column(nullable = false)
    private int score;

    @Column(length = 300)
    private String comment;

    @Column(name = "submitted_by", nullable = false)
    private Long submittedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PeerGroupRating() {
    }

    public PeerGroupRating(Long schoolId, Long roundId, int raterGroupNo, int rateeGroupNo) {
        this.schoolId = schoolId;
        this.roundId = roundId;
        this.raterGroupNo = raterGroupNo;
        this.rateeGroupNo = rateeGroupNo;
    }

    public void rate(int score, String comment, Long submittedBy, Instant at) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score out of 1..5: " + score);
        }
        this.score = score;
        this.comment = comment;
        this.submittedBy = submittedBy;
        this.updatedAt = at;
    }

    public int getRaterGroupNo() {
        return raterGroupNo;
    }

    public int getRateeGroupNo() {
        return rateeGroupNo;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
