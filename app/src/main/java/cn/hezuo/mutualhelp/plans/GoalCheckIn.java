package cn.hezuo.mutualhelp.plans;

import cn.hezuo.group.identity.GroupGoalsQuery;
import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A check-in on a goal of group life: the goal is named by its group (and owner, for a personal goal) and kind, its
 * wording at the time kept here.
 */
@Entity
@Table(name = "mh_goal_checkin")
class GoalCheckIn extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "group_no", nullable = false)
    private Integer groupNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "goal_kind", nullable = false, length = 16)
    private GroupGoalsQuery.Kind goalKind;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "goal_text", nullable = false, length = 200)
    private String goalText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CheckInStatus status;

    @Column(length = 300)
    private String note;

    @Column(name = "on_day", nullable = false)
    private LocalDate onDay;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "request_id", nullable = false, length = 36)
    private String requestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GoalCheckIn() {
    }

    GoalCheckIn(long schoolId, long classId, GroupGoalsQuery.Goal goal, CheckInStatus status, String note,
                LocalDate onDay, long studentId, String requestId, Instant createdAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.groupId = goal.groupId();
        this.groupNo = goal.groupNo();
        this.goalKind = goal.kind();
        this.ownerId = goal.studentId();
        this.goalText = goal.text();
        this.status = status;
        this.note = note;
        this.onDay = onDay;
        this.studentId = studentId;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    Long getGroupId() {
        return groupId;
    }

    Integer getGroupNo() {
        return groupNo;
    }

    GroupGoalsQuery.Kind getGoalKind() {
        return goalKind;
    }

    Long getOwnerId() {
        return ownerId;
    }

    String getGoalText() {
        return goalText;
    }

    CheckInStatus getStatus() {
        return status;
    }

    String getNote() {
        return note;
    }

    LocalDate getOnDay() {
        return onDay;
    }

    Long getStudentId() {
        return studentId;
    }
}
