package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A short record of a pair's help: the day, what was worked on (帮扶内容), a note; by a partner or a teacher. */
@Entity
@Table(name = "mh_pair_checkin")
class PairCheckIn extends BaseEntity {

    @Column(name = "pair_id", nullable = false)
    private Long pairId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "on_day", nullable = false)
    private LocalDate onDay;

    @Column(nullable = false, length = 60)
    private String content;

    @Column(length = 300)
    private String note;

    @Column(name = "student_id")
    private Long studentId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "request_id", nullable = false, length = 36)
    private String requestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PairCheckIn() {
    }

    PairCheckIn(HelpPair pair, LocalDate onDay, String content, String note, Long studentId, String author,
                String requestId, Instant createdAt) {
        this.pairId = pair.getId();
        this.schoolId = pair.getSchoolId();
        this.onDay = onDay;
        this.content = content;
        this.note = note;
        this.studentId = studentId;
        this.author = author;
        this.requestId = requestId;
        this.createdAt = createdAt;
    }

    Long getPairId() {
        return pairId;
    }

    LocalDate getOnDay() {
        return onDay;
    }

    String getContent() {
        return content;
    }

    String getNote() {
        return note;
    }

    Long getStudentId() {
        return studentId;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
