package cn.hezuo.school;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Comparator;
import cn.hezuo.system.ChineseOrder;

/** A class (班级) such as 七年级3班, with its head teacher (班主任). */
@Entity
@Table(name = "school_class")
public class SchoolClass extends BaseEntity {

    /** Lists show classes grade by grade, then 1班, 2班 … 10班 (numbers by value). */
    public static final Comparator<SchoolClass> DISPLAY_ORDER = Comparator.comparing(SchoolClass::getGradeId)
            .thenComparing(ChineseOrder.by(SchoolClass::getName));

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "grade_id", nullable = false)
    private Long gradeId;

    @Column(nullable = false, length = 30)
    private String name;

    @Column(name = "head_teacher_id")
    private Long headTeacherId;

    @Column(nullable = false)
    private boolean active = true;

    protected SchoolClass() {
    }

    public SchoolClass(Long schoolId, Long gradeId, String name, Long headTeacherId) {
        this.schoolId = schoolId;
        this.gradeId = gradeId;
        this.name = name;
        this.headTeacherId = headTeacherId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getGradeId() {
        return gradeId;
    }

    public void setGradeId(Long gradeId) {
        this.gradeId = gradeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getHeadTeacherId() {
        return headTeacherId;
    }

    public void setHeadTeacherId(Long headTeacherId) {
        this.headTeacherId = headTeacherId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
