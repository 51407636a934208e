package cn.hezuo.evaluation;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Points one student or one group received from an action. A student's row names the group its points
 * also counted toward (捆绑评价) so undo and reports take them off the same group.
 */
@Entity
@Table(name = "eval_point")
public class EvalPoint extends IdentifiedEntity {

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private boolean undone;

    protected EvalPoint() {
    }

    public EvalPoint(EvalAction action, Long studentId, Long groupId) {
        this.actionId = action.getId();
        this.classId = action.getClassId();
        this.termId = action.getTermId();
        this.studentId = studentId;
        this.groupId = groupId;
        this.points = action.getPoints();
    }

    public Long getActionId() {
        return actionId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public int getPoints() {
        return points;
    }

    public boolean isUndone() {
        return undone;
    }

    public void markUndone() {
        this.undone = true;
    }
}
