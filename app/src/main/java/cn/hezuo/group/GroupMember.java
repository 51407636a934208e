package cn.hezuo.group;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A student in a group, with their member number (1..n inside the group — "每组3号回答") and whether the
 * teacher locked them there before re-running the engine.
 */
@Entity
@Table(name = "group_member")
public class GroupMember extends IdentifiedEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "member_no", nullable = false)
    private int memberNo;

    @Column(nullable = false)
    private boolean locked;

    protected GroupMember() {
    }

    public GroupMember(Long planId, Long groupId, Long studentId, int memberNo) {
        this.planId = planId;
        this.groupId = groupId;
        this.studentId = studentId;
        this.memberNo = memberNo;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void moveTo(Long groupId, int memberNo) {
        this.groupId = groupId;
        this.memberNo = memberNo;
    }

    public Long getStudentId() {
        return studentId;
    }

    public int getMemberNo() {
        return memberNo;
    }

    public void setMemberNo(int memberNo) {
        this.memberNo = memberNo;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }
}
