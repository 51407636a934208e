package cn.hezuo.research.calendar;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's attendance at an activity (听课实行考勤); taking it again replaces the status. */
@Entity
@Table(name = "research_attendance")
class Attendance extends IdentifiedEntity {

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(Long activityId, Long teacherId) {
        this.activityId = activityId;
        this.teacherId = teacherId;
    }

    void set(AttendanceStatus status, String recordedBy, Instant recordedAt) {
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getActivityId() {
        return activityId;
    }

    Long getTeacherId() {
        return teacherId;
    }

    AttendanceStatus getStatus() {
        return status;
    }
}
