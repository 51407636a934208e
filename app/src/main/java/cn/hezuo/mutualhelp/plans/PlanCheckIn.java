package cn.hezuo.mutualhelp.plans;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A member's weekly check-in on their group's study plan. */
@Entity
@Table(name = "mh_plan_checkin")
class PlanCheckIn extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "week_monday", nullable = false)
    private LocalDate weekMonday;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CheckInStatus status;

    @Column(length = 300)
    private String note;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "request_id", nullable = false, length = 36)
    private String requestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlanCheckIn() {
    }

    PlanCheckIn(StudyPlan plan, LocalDate weekMonday, CheckInStatus status, String note, long studentId,
                String requestId, Instant createdAt) {
        this.planId = plan.getId();
        this.schoolId = plan.getSchoolId();
        this.weekMonday = weekMonday;
        this.status = status;
        this.note = note;
        this.studentId = studentId;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    Long getPlanId() {
        return planId;
    }

    LocalDate getWeekMonday() {
        return weekMonday;
    }

    CheckInStatus getStatus() {
        return status;
    }

    String getNote() {
        return note;
    }

    Long getStudentId() {
        return studentId;
    }
}
