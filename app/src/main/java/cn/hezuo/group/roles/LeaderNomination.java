package cn.hezuo.group.roles;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A nomination for 组长 (subject null) or 学科组长 of a subject: by the nominee (毛遂自荐) or a group-mate. Once the
 * head teacher confirms it, it feeds the leadership scheme.
 */
@Entity
@Table(name = "leader_nomination")
public class LeaderNomination extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "nominee_id", nullable = false)
    private Long nomineeId;

    @Column(name = "nominator_id", nullable = false)
    private Long nominatorId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(nullable = false)
    private boolean confirmed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LeaderNomination() {
    }

    public LeaderNomination(Long schoolId, Long planId, Long groupId, Long nomineeId, Long nominatorId, Long subjectId,
                            Instant createdAt) {
        this.schoolId = schoolId;
        this.planId = planId;
        this.groupId = groupId;
        this.nomineeId = nomineeId;
        this.nominatorId = nominatorId;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getNomineeId() {
        return nomineeId;
    }

    public Long getNominatorId() {
        return nominatorId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public boolean isSelf() {
        return nomineeId.equals(nominatorId);
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
