package cn.hezuo.group;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A grouping plan of one class. {@code settings} keeps the teacher's choices (JSON) so a plan can be
 * re-run or explained later; {@code outcome} keeps what the engine reported (notices, checks).
 */
@Entity
@Table(name = "group_plan")
public class GroupPlan extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false, length = 4000)
    private String settings;

    @Column(nullable = false, length = 4000)
    private String outcome;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at")
    private Instant savedAt;

    /** Seed of the random draw of member numbers; null for a plan numbered before numbers were drawn. */
    @Column(name = "numbering_seed")
    private Long numberingSeed;

    /** When the plan last became the class's active plan. */
    @Column(name = "activated_at")
    private Instant activatedAt;

    protected GroupPlan() {
    }

    public GroupPlan(Long schoolId, Long classId, String name, String settings, String outcome, String createdBy,
                     Instant createdAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.name = name;
        this.settings = settings;
        this.outcome = outcome;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void save(String name, Instant at) {
        this.name = name;
        this.status = PlanStatus.SAVED;
        this.savedAt = at;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public String getName() {
        return name;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Becomes the class's active plan from {@code at}. */
    public void activate(Instant at) {
        this.active = true;
        this.activatedAt = at;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Long getNumberingSeed() {
        return numberingSeed;
    }

    void setNumberingSeed(Long numberingSeed) {
        this.numberingSeed = numberingSeed;
    }

    public String getSettings() {
        return settings;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
