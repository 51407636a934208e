package cn.hezuo.evaluation;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the board's discussion timer (讨论计时) in a lesson: started, then ended once with the seconds it ran
 * (pauses left out). The browser makes {@code requestId} at "start", so a retried start finds this row.
 */
@Entity
@Table(name = "eval_discussion")
public class EvalDiscussion extends IdentifiedEntity {

    /** A countdown set to some minutes, or a stopwatch counting up. */
    public enum Kind { COUNTDOWN, STOPWATCH }

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "request_id", nullable = false, length = 36)
    private String requestId;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate lessonDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "planned_seconds")
    private Integer plannedSeconds;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "seconds")
    private Integer seconds;

    protected EvalDiscussion() {
    }

    EvalDiscussion(long schoolId, long classId, String requestId, LocalDate lessonDate, Kind kind,
                   Integer plannedSeconds, String startedBy, Instant startedAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.requestId = requestId;
        this.lessonDate = lessonDate;
        this.kind = kind;
        this.plannedSeconds = plannedSeconds;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** Ends the run once; a repeated end (a retry) keeps the first figures. Returns whether this call ended it. */
    boolean end(int ranSeconds, Instant at) {
        if (endedAt != null) {
            return false;
        }
        this.seconds = Math.max(0, ranSeconds);
        this.endedAt = at;
        return true;
    }

    public Long getClassId() {
        return classId;
    }

    public LocalDate getLessonDate() {
        return lessonDate;
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getPlannedSeconds() {
        return plannedSeconds;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Integer getSeconds() {
        return seconds;
    }

    Long getSchoolId() {
        return schoolId;
    }
}
