package cn.hezuo.research.growth;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Something a pair did: 互相听课, 共同备课, the apprentice's 汇报课, a talk. */
@Entity
@Table(name = "research_mentor_activity")
class MentorActivity extends IdentifiedEntity {

    @Column(name = "pair_id", nullable = false)
    private Long pairId;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Enums.MentorActivityKind kind;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MentorActivity() {
    }

    MentorActivity(Long pairId, LocalDate date, Enums.MentorActivityKind kind, String note, String recordedBy,
                   Instant recordedAt) {
        this.pairId = pairId;
        this.date = date;
        this.kind = kind;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getPairId() {
        return pairId;
    }

    public LocalDate getDate() {
        return date;
    }

    public Enums.MentorActivityKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
