package cn.hezuo.research.calendar;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's short reflection on an activity (after a 集体备课: their 二次备课 notes); one per member, editable. */
@Entity
@Table(name = "research_reflection")
class Reflection extends BaseEntity {

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Reflection() {
    }

    Reflection(Long activityId, Long teacherId) {
        this.activityId = activityId;
        this.teacherId = teacherId;
    }

    void write(String body, Instant when) {
        this.body = body;
        this.writtenAt = when;
    }

    Long getActivityId() {
        return activityId;
    }

    Long getTeacherId() {
        return teacherId;
    }

    String getBody() {
        return body;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
