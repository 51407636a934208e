package cn.hezuo.tracking;

import cn.hezuo.system.BaseEntity;
import cn.hezuo.system.OpenedAndClosed;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One tracking episode of one student: why, what is being done, and when and by whom it was opened and closed. */
@Entity
@Table(name = "tracking_record")
public class TrackingRecord extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "source_exam_id")
    private Long sourceExamId;

    @Column(nullable = false, length = 2000)
    private String causes;

    @Column(nullable = false, length = 2000)
    private String measures;

    @Column(nullable = false)
    private boolean closed;

    @Embedded
    private OpenedAndClosed openedAndClosed;

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

    protected TrackingRecord() {
    }

    public TrackingRecord(Long schoolId, Long studentId, Long sourceExamId, String causes, String measures,
                          String openedBy, Instant openedAt) {
        this.schoolId = schoolId;
        this.studentId = studentId;
        this.sourceExamId = sourceExamId;
        this.causes = causes;
        this.measures = measures;
        this.openedAndClosed = new OpenedAndClosed(openedBy, openedAt);
    }

    public void describe(String causes, String measures) {
        this.causes = causes;
        this.measures = measures;
    }

    public void close(String by, Instant at, String note) {
        this.closed = true;
        this.openedAndClosed.close(by, at);
        this.closingNote = note;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Long getSourceExamId() {
        return sourceExamId;
    }

    public String getCauses() {
        return causes;
    }

    public String getMeasures() {
        return measures;
    }

    public boolean isClosed() {
        return closed;
    }

    public String getOpenedBy() {
        return openedAndClosed.getOpenedBy();
    }

    public Instant getOpenedAt() {
        return openedAndClosed.getOpenedAt();
    }

    public String getClosedBy() {
        return openedAndClosed.getClosedBy();
    }

    public Instant getClosedAt() {
        return openedAndClosed.getClosedAt();
    }

    public String getClosingNote() {
        return closingNote;
    }
}
