package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** 课代表: the student a head teacher names for a subject in their class (at most one per class and subject). */
@Entity
@Table(name = "mh_subject_rep")
class SubjectRep extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected SubjectRep() {
    }

    SubjectRep(Long schoolId, Long classId, Long subjectId) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.subjectId = subjectId;
    }

    void assign(long studentId, String by, Instant at) {
        this.studentId = studentId;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getClassId() {
        return classId;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Long getStudentId() {
        return studentId;
    }
}
