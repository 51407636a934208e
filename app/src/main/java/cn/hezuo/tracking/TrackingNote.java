package cn.hezuo.tracking;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated follow-up note of a tracking record (谈话, 辅导, 家访 …). Notes are added, never edited. */
@Entity
@Table(name = "tracking_note")
public class TrackingNote extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "note_date", nullable = false)
    private LocalDate noteDate;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrackingNote() {
    }

    public TrackingNote(Long schoolId, Long recordId, LocalDate noteDate, String body, String author, Instant createdAt) {
        this.schoolId = schoolId;
        this.recordId = recordId;
        this.noteDate = noteDate;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getRecordId() {
        return recordId;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
