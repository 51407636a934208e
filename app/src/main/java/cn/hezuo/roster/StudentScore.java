package cn.hezuo.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A prior score of a student in a subject, as imported with the roster (grouping uses it). */
@Entity
@Table(name = "student_score")
public class StudentScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hezuo_seq")
    @SequenceGenerator(name = "hezuo_seq", sequenceName = "hezuo_seq", allocationSize = 50)
    private Long id;

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
