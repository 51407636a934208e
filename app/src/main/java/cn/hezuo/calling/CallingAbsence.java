package cn.hezuo.calling;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A student marked absent in a class on a date: not drawn that day. Deleted when the mark is taken back. */
@Entity
@Table(name = "calling_absence")
public class CallingAbsence extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "absent_on", nullable = false)
    private LocalDate absentOn;

    protected CallingAbsence() {
    }

    public CallingAbsence(Long schoolId, Long classId, Long studentId, LocalDate absentOn) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.studentId = studentId;
        this.absentOn = absentOn;
    }

    public Long getStudentId() {
        return studentId;
    }

    public LocalDate getAbsentOn() {
        return absentOn;
    }
}
