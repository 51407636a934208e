package cn.hezuo.roster;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A prior score of a student in a subject, as imported with the roster (grouping uses it). */
@Entity
@Table(name = "student_score")
public class StudentScore extends IdentifiedEntity {

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal score;

    protected StudentScore() {
    }

    public StudentScore(Long studentId, Long subjectId, BigDecimal score) {
        this.studentId = studentId;
        this.subjectId = subjectId;
        this.score = score;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }
}
