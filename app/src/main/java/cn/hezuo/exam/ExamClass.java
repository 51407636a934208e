package cn.hezuo.exam;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** "Class C sat exam E." */
@Entity
@Table(name = "exam_class")
public class ExamClass extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "exam_id", nullable = false)
    private Long examId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    protected ExamClass() {
    }

    public ExamClass(Long schoolId, Long examId, Long classId) {
        this.schoolId = schoolId;
        this.examId = examId;
        this.classId = classId;
    }

    public Long getExamId() {
        return examId;
    }

    public Long getClassId() {
        return classId;
    }
}
