package cn.hezuo.audit;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write: who, when, what entity, and what changed. Never updated or deleted. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends IdentifiedEntity {

    @Column(name = "school_id")
    private Long schoolId;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", length = 40)
    private String entityId;

    @Column(nullable = false, length = 2000)
    private String summary;

    /** The text as a message key with arguments (JSON, see {@link AuditTexts}); null on lines written before V15. */
    @Column(length = 4000)
    private String message;

    protected AuditEntry() {
    }

    AuditEntry(Long schoolId, String actor, Instant occurredAt, String action, String entityType, String entityId,
               String summary, String message) {
        this.schoolId = schoolId;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        this.message = message;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getMessage() {
        return message;
    }
}
