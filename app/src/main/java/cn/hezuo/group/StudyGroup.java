package cn.hezuo.group;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One learning group (学习小组) of a plan: its number, 组名 and 组训 (motto). */
@Entity
@Table(name = "study_group")
public class StudyGroup extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private int number;

    @Column(length = 30)
    private String name;

    @Column(length = 100)
    private String motto;

    protected StudyGroup() {
    }

    public StudyGroup(Long planId, int number) {
        this.planId = planId;
        this.number = number;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMotto() {
        return motto;
    }

    public void setMotto(String motto) {
        this.motto = motto;
    }
}
