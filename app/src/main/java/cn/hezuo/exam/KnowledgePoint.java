package cn.hezuo.exam;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A knowledge point (知识点) of a subject, e.g. 一元一次方程 in 数学; the list grows as teachers tag items. */
@Entity
@Table(name = "knowledge_point")
public class KnowledgePoint extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(nullable = false, length = 40)
    private String name;

    protected KnowledgePoint() {
    }

    public KnowledgePoint(Long schoolId, Long subjectId, String name) {
        this.schoolId = schoolId;
        this.subjectId = subjectId;
        this.name = name;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getName() {
        return name;
    }
}
