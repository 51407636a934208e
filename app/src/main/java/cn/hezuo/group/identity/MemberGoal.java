package cn.hezuo.group.identity;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A member's personal goals (short and long term) inside their group of a plan. */
@Entity
@Table(name = "member_goal")
public class MemberGoal extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "short_term", length = 200)
    private String shortTerm;

    @Column(name = "long_term", length = 200)
    private String longTerm;

    protected MemberGoal() {
    }

    public MemberGoal(Long planId, Long studentId) {
        this.planId = planId;
        this.studentId = studentId;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public String getShortTerm() {
        return shortTerm;
    }

    public String getLongTerm() {
        return longTerm;
    }

    public void update(String shortTerm, String longTerm) {
        this.shortTerm = shortTerm;
        this.longTerm = longTerm;
    }
}
