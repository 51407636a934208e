package cn.hezuo.research.review;

import cn.hezuo.research.group.GroupKind;
import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A round of inter-group review: which groups, how many reviews each, the seed it was drawn with, rubric, deadline. */
@Entity
@Table(name = "research_review_round")
public class ReviewRound extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 100)
    private String name;

    /** Only groups of this kind; {@code null} for all. */
    @Enumerated(EnumType.STRING)
    @Column(name = "group_kind", length = 20)
    private GroupKind groupKind;

    @Column(name = "avoid_same_subject", nullable = false)
    private boolean avoidSameSubject;

    @Column(name = "reviews_per_group", nullable = false)
    private int reviewsPerGroup;

    @Column(nullable = false)
    private long seed;

    @Column(name = "rubric_id", nullable = false)
    private Long rubricId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Groups or lesson-study cases (V82; older rounds are GROUP). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewTarget target = ReviewTarget.GROUP;

    protected ReviewRound() {
    }

    ReviewRound(Long schoolId, String name, GroupKind groupKind, boolean avoidSameSubject, int reviewsPerGroup,
                long seed, Long rubricId, LocalDate deadline, String createdBy, Instant createdAt) {
        this.schoolId = schoolId;
        this.name = name;
        this.groupKind = groupKind;
        this.avoidSameSubject = avoidSameSubject;
        this.reviewsPerGroup = reviewsPerGroup;
        this.seed = seed;
        this.rubricId = rubricId;
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getName() {
        return name;
    }

    public GroupKind getGroupKind() {
        return groupKind;
    }

    public boolean isAvoidSameSubject() {
        return avoidSameSubject;
    }

    public int getReviewsPerGroup() {
        return reviewsPerGroup;
    }

    public long getSeed() {
        return seed;
    }

    public Long getRubricId() {
        return rubricId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ReviewTarget getTarget() {
        return target;
    }

    void setTarget(ReviewTarget target) {
        this.target = target;
    }

    public boolean isOfCases() {
        return target == ReviewTarget.CASE;
    }
}
