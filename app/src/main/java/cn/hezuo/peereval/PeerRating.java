package cn.hezuo.peereval;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one student gave one group-mate (or themself, when rater = ratee) in a round: four 1-5 scores and a comment. */
@Entity
@Table(name = "peer_rating")
public class PeerRating extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "rater_id", nullable = false)
    private Long raterId;

    @Column(name = "ratee_id", nullable = false)
    private Long rateeId;

    @Column(nullable = false)
    private int task;

    @Column(nullable = false)
    private int cooperation;

    @Column(nullable = false)
    private int listening;

    @Column(nullable = false)
    private int helping;

    @Column(length = 300)
    private String comment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PeerRating() {
    }

    public PeerRating(Long schoolId, Long roundId, Long raterId, Long rateeId) {
        this.schoolId = schoolId;
        this.roundId = roundId;
        this.raterId = raterId;
        this.rateeId = rateeId;
    }

    public void rate(Scores scores, String comment, Instant at) {
        this.task = scores.task();
        this.cooperation = scores.cooperation();
        this.listening = scores.listening();
        this.helping = scores.helping();
        this.comment = comment;
        this.updatedAt = at;
    }

    public Scores scores() {
        return new Scores(task, cooperation, listening, helping);
    }

    public boolean isSelf() {
        return raterId.equals(rateeId);
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getRaterId() {
        return raterId;
    }

    public Long getRateeId() {
        return rateeId;
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
