package cn.hezuo.mutualhelp.plans;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group's 学习计划: what it studies, its goals, the time it covers and how it works. One per group. */
@Entity
@Table(name = "mh_study_plan")
class StudyPlan extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "group_no", nullable = false)
    private Integer groupNo;

    @Column(nullable = false, length = 500)
    private String content;

    @Column(nullable = false, length = 500)
    private String goals;

    @Column(name = "plan_period", nullable = false, length = 100)
    private String period;

    @Column(nullable = false, length = 500)
    private String method;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StudyPlan() {
    }

    StudyPlan(long schoolId, long classId, long groupId, int groupNo) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.groupId = groupId;
        this.groupNo = groupNo;
    }

    void write(PlanService.PlanForm form, String by, Instant at) {
        this.content = form.content();
        this.goals = form.goals();
        this.period = form.period();
        this.method = form.method();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getClassId() {
        return classId;
    }

    Long getGroupId() {
        return groupId;
    }

    Integer getGroupNo() {
        return groupNo;
    }

    String getContent() {
        return content;
    }

    String getGoals() {
        return goals;
    }

    String getPeriod() {
        return period;
    }

    String getMethod() {
        return method;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
