package cn.hezuo.family;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed invitation-code redemption from one address (rate limit). */
@Entity
@Table(name = "family_code_attempt")
class FamilyCodeAttempt extends IdentifiedEntity {

    @Column(name = "remote_address", nullable = false, length = 64)
    private String remoteAddress;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected FamilyCodeAttempt() {
    }

    FamilyCodeAttempt(String remoteAddress, Instant attemptedAt) {
        this.remoteAddress = remoteAddress;
        this.attemptedAt = attemptedAt;
    }
}
