package cn.hezuo.peereval;

import cn.hezuo.system.BaseEntity;
import cn.hezuo.system.OpenedAndClosed;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An evaluation round of a class, tied to the grouping plan active when it opened. */
@Entity
@Table(name = "peer_round")
public class PeerRound extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RoundStatus status = RoundStatus.OPEN;

    /** Whether students see the comments peers wrote to them (never with names). Off by default. */
    @Column(name = "show_comments", nullable = false)
    private boolean showComments;

    @Embedded
    private OpenedAndClosed openedAndClosed;

    protected PeerRound() {
    }

    public PeerRound(Long schoolId, Long classId, Long planId, String name, LocalDate startsOn, LocalDate endsOn,
                     String openedBy, Instant openedAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.planId = planId;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.openedAndClosed = new OpenedAndClosed(openedBy, openedAt);
    }

    public void close(String by, Instant at) {
        this.status = RoundStatus.CLOSED;
        this.openedAndClosed.close(by, at);
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public void setShowComments(boolean showComments) {
        this.showComments = showComments;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public boolean isShowComments() {
        return showComments;
    }

    public String getOpenedBy() {
        return openedAndClosed.getOpenedBy();
    }

    public Instant getOpenedAt() {
        return openedAndClosed.getOpenedAt();
    }

    public String getClosedBy() {
        return openedAndClosed.getClosedBy();
    }

    public Instant getClosedAt() {
        return openedAndClosed.getClosedAt();
    }
}
