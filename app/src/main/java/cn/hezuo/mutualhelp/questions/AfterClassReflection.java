package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** 三思 opened for a lesson entry; {@code nextLessonId} receives what students still find unclear (may be none). */
@Entity
@Table(name = "mh_reflection")
class AfterClassReflection extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "next_lesson_id")
    private Long nextLessonId;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected AfterClassReflection() {
    }

    AfterClassReflection(Long schoolId, Long lessonId, Long nextLessonId, String openedBy, Instant openedAt) {
        this.schoolId = schoolId;
        this.lessonId = lessonId;
        this.nextLessonId = nextLessonId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void leadInto(Long nextLessonId) {
        this.nextLessonId = nextLessonId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getNextLessonId() {
        return nextLessonId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
