package cn.hezuo.survey.questionnaire;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A questionnaire given to classes from {@code opensOn} to {@code closesOn} (both included). */
@Entity
@Table(name = "survey")
public class Survey extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SurveyPhase phase;

    /** For a 后测: the 前测 it repeats. */
    @Column(name = "pre_id")
    private Long preId;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_class", joinColumns = @JoinColumn(name = "survey_id"))
    @Column(name = "class_id", nullable = false)
    private Set<Long> classIds = new LinkedHashSet<>();

    protected Survey() {
    }

    public Survey(Long schoolId, String title, boolean anonymous, SurveyPhase phase, Long preId, LocalDate opensOn,
                  LocalDate closesOn, Set<Long> classIds, String createdBy, Instant createdAt) {
        this.schoolId = schoolId;
        this.title = title;
        this.anonymous = anonymous;
        this.phase = phase;
        this.preId = preId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.classIds = new LinkedHashSet<>(classIds);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public SurveyPhase getPhase() {
        return phase;
    }

    public Long getPreId() {
        return preId;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getClassIds() {
        return Set.copyOf(classIds);
    }
}
