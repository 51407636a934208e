package cn.hezuo.evaluation;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A student designated to record points: class scope (学习委员) or one group (group_id). */
@Entity
@Table(name = "eval_recorder")
public class EvalRecorder extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RecorderScope scope;

    @Column(name = "group_id")
    private Long groupId;

    protected EvalRecorder() {
    }

    public EvalRecorder(Long schoolId, Long classId, Long studentId, RecorderScope scope, Long groupId) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.studentId = studentId;
        this.scope = scope;
        this.groupId = groupId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public RecorderScope getScope() {
        return scope;
    }

    public Long getGroupId() {
        return groupId;
    }
}
