package cn.hezuo.family;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time invitation code for one child, handed to a parent on paper. Only its SHA-256 hash is kept, so the
 * database never holds a usable code; it expires, and a used one never works again.
 */
@Entity
@Table(name = "family_code")
public class FamilyCode extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by")
    private Long usedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected FamilyCode() {
    }

    FamilyCode(Long schoolId, Long classId, Long studentId, String codeHash, String createdBy, Instant createdAt,
               Instant expiresAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.studentId = studentId;
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void use(long parentId, Instant at) {
        this.usedAt = at;
        this.usedBy = parentId;
    }

    /** The head teacher withdraws a code not used yet (lost slip, wrong child): it is refused from now on. */
    void revoke(String username, Instant at) {
        this.revokedAt = at;
        this.revokedBy = username;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
