package cn.hezuo.group.roles;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A role a teacher gave one member by hand for one term week; it replaces what the scheme says that week. */
@Entity
@Table(name = "role_override")
public class RoleOverride extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(nullable = false)
    private int week;

    @Column(nullable = false, length = 30)
    private String role;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RoleOverride() {
    }

    public RoleOverride(Long schoolId, Long planId, Long studentId, int week, String role, String createdBy,
                        Instant createdAt) {
        this.schoolId = schoolId;
        this.planId = planId;
        this.studentId = studentId;
        this.week = week;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public int getWeek() {
        return week;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
