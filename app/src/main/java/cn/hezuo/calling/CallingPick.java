package cn.hezuo.calling;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A student a draw named, with the group and member number they had at that moment. */
@Entity
@Table(name = "calling_pick")
public class CallingPick extends IdentifiedEntity {

    @Column(name = "draw_id", nullable = false)
    private Long drawId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "group_no", nullable = false)
    private int groupNo;

    @Column(name = "member_no", nullable = false)
    private int memberNo;

    protected CallingPick() {
    }

    public CallingPick(Long drawId, Long classId, Long studentId, int groupNo, int memberNo) {
        this.drawId = drawId;
        this.classId = classId;
        this.studentId = studentId;
        this.groupNo = groupNo;
        this.memberNo = memberNo;
    }

    public Long getDrawId() {
        return drawId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public int getGroupNo() {
        return groupNo;
    }

    public int getMemberNo() {
        return memberNo;
    }
}
