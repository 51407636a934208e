package cn.hezuo.research.group;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A teacher's membership of a research group; a teacher may belong to several groups. */
@Entity
@Table(name = "research_member")
class ResearchMember extends IdentifiedEntity {

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    protected ResearchMember() {
    }

    ResearchMember(Long groupId, Long teacherId) {
        this.groupId = groupId;
        this.teacherId = teacherId;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getTeacherId() {
        return teacherId;
    }
}
