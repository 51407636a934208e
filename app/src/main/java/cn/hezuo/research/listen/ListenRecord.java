package cn.hezuo.research.listen;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One observed lesson. Unique per observer, class, date and period (a second record of it is a duplicate). */
@Entity
@Table(name = "research_listen")
class ListenRecord extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "observed_id")
    private Long observedId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate lessonDate;

    @Column(nullable = false)
    private int period;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(length = 4000)
    private String notes;

    @Column(length = 2000)
    private String strengths;

    @Column(length = 2000)
    private String suggestions;

    private Integer score;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ListenRecord() {
    }

    ListenRecord(Long schoolId, Long termId, Long observerId, Long observedId, Long classId, Long subjectId,
                 LocalDate lessonDate, int period, String topic, String notes, String strengths, String suggestions,
                 Integer score, Long activityId, Instant createdAt) {
        this.schoolId = schoolId;
        this.termId = termId;
        this.observerId = observerId;
        this.observedId = observedId;
        this.classId = classId;
        this.subjectId = subjectId;
        this.lessonDate = lessonDate;
        this.period = period;
        this.topic = topic;
        this.notes = notes;
        this.strengths = strengths;
        this.suggestions = suggestions;
        this.score = score;
        this.activityId = activityId;
        this.createdAt = createdAt;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getTermId() {
        return termId;
    }

    public Long getObserverId() {
        return observerId;
    }

    public Long getObservedId() {
        return observedId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public LocalDate getLessonDate() {
        return lessonDate;
    }

    public int getPeriod() {
        return period;
    }

    public String getTopic() {
        return topic;
    }

    public String getNotes() {
        return notes;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public Integer getScore() {
        return score;
    }

    public Long getActivityId() {
        return activityId;
    }
}
