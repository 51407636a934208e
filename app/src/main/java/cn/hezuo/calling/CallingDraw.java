package cn.hezuo.calling;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One draw: who called, when, in which mode, the drawn member number or group, and whether the teacher passed it
 * (a pass does not count as a call). {@code requestId} comes from the browser so a retried POST finds this draw
 * instead of drawing again.
 */
@Entity
@Table(name = "calling_draw")
public class CallingDraw extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "request_id", nullable = false, length = 64)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CallingMode mode;

    @Column(name = "member_no")
    private Integer memberNo;

    @Column(name = "group_no")
    private Integer groupNo;

    @Column(name = "called_by", nullable = false, length = 64)
    private String calledBy;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(nullable = false)
    private boolean passed;

    /** When a call made in the browser while offline reached the server; null for draws made here. */
    @Column(name = "synced_at")
    private Instant syncedAt;

    protected CallingDraw() {
    }

    public CallingDraw(Long schoolId, Long classId, Long lessonId, String requestId, CallingMode mode, Integer memberNo,
                       Integer groupNo, String calledBy, Instant calledAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.lessonId = lessonId;
        this.requestId = requestId;
        this.mode = mode;
        this.memberNo = memberNo;
        this.groupNo = groupNo;
        this.calledBy = calledBy;
        this.calledAt = calledAt;
    }

    /** Marks a call drawn in the browser while offline, received now. */
    public void receivedLater(Instant at) {
        this.syncedAt = at;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public boolean isMadeOffline() {
        return syncedAt != null;
    }

    public void pass() {
        this.passed = true;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public String getRequestId() {
        return requestId;
    }

    public CallingMode getMode() {
        return mode;
    }

    public Integer getMemberNo() {
        return memberNo;
    }

    public Integer getGroupNo() {
        return groupNo;
    }

    public String getCalledBy() {
        return calledBy;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public boolean isPassed() {
        return passed;
    }
}
