package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One member's role in a case. */
@Entity
@Table(name = "research_ls_role")
class LessonStudyRole extends IdentifiedEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseRole role;

    protected LessonStudyRole() {
    }

    LessonStudyRole(Long caseId, Long teacherId, CaseRole role) {
        this.caseId = caseId;
        this.teacherId = teacherId;
        this.role = role;
    }

    void setRole(CaseRole role) {
        this.role = role;
    }

    Long getCaseId() {
        return caseId;
    }

    Long getTeacherId() {
        return teacherId;
    }

    CaseRole getRole() {
        return role;
    }
}
