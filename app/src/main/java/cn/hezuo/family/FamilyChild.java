package cn.hezuo.family;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One parent–child link; a parent may have several children (in different classes), a child several parents. */
@Entity
@Table(name = "family_child")
public class FamilyChild extends IdentifiedEntity {

    @Column(name = "parent_id", nullable = false)
    private Long parentId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected FamilyChild() {
    }

    FamilyChild(Long parentId, Long studentId, Instant linkedAt) {
        this.parentId = parentId;
        this.studentId = studentId;
        this.linkedAt = linkedAt;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getStudentId() {
        return studentId;
    }
}
