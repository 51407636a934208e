package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A 帮扶对子: two students of a class for one subject, {@code studentA} the one with the lower 学号 — nothing here says
 * which of the two is the stronger. Ended pairs stay (inactive) with their check-ins.
 */
@Entity
@Table(name = "mh_pair")
class HelpPair extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_no")
    private Integer groupNo;

    @Column(name = "student_a", nullable = false)
    private Long studentA;

    @Column(name = "student_b", nullable = false)
    private Long studentB;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected HelpPair() {
    }

    HelpPair(long schoolId, long classId, long subjectId, Long groupId, Integer groupNo, long studentA, long studentB,
             String createdBy, Instant createdAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.subjectId = subjectId;
        this.groupId = groupId;
        this.groupNo = groupNo;
        this.studentA = studentA;
        this.studentB = studentB;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void end(Instant at) {
        this.active = false;
        this.endedAt = at;
    }

    boolean has(long studentId) {
        return studentA == studentId || studentB == studentId;
    }

    long partnerOf(long studentId) {
        return studentA == studentId ? studentB : studentA;
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

    Long getGroupId() {
        return groupId;
    }

    Integer getGroupNo() {
        return groupNo;
    }

    Long getStudentA() {
        return studentA;
    }

    Long getStudentB() {
        return studentB;
    }

    boolean isActive() {
        return active;
    }
}
