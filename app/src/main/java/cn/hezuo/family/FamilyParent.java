package cn.hezuo.family;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A parent (家长): one account with the role PARENT, linked to their children by {@link FamilyChild}. */
@Entity
@Table(name = "family_parent")
public class FamilyParent extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FamilyParent() {
    }

    FamilyParent(Long schoolId, Long accountId, String displayName, Instant createdAt) {
        this.schoolId = schoolId;
        this.accountId = accountId;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
