package cn.hezuo.teacher;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** "Teacher T teaches subject S in class C" — the basis of a subject teacher's rights. */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    protected TeachingAssignment() {
    }

    public TeachingAssignment(Long schoolId, Long classId, Long teacherId, Long subjectId) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.teacherId = teacherId;
        this.subjectId = subjectId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public Long getSubjectId() {
        return subjectId;
    }
}
