package cn.hezuo.calling;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A calling session a teacher started in a class, with the fairness window chosen for it. Never edited. */
@Entity
@Table(name = "calling_lesson")
public class CallingLesson extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Enumerated(EnumType.STRING)
    @Column(name = "fairness_window", nullable = false, length = 10)
    private FairnessWindow window;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected CallingLesson() {
    }

    public CallingLesson(Long schoolId, Long classId, FairnessWindow window, String startedBy, Instant startedAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.window = window;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public FairnessWindow getWindow() {
        return window;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
