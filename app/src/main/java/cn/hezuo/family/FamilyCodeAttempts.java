package cn.hezuo.family;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed invitation-code redemptions by address. A failure is written in its own transaction, so it stays counted
 * (and audited) although the redemption that failed is rolled back.
 */
@Component
class FamilyCodeAttempts {

    private final FamilyCodeAttemptRepository attempts;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyCodeAttempts(FamilyCodeAttemptRepository attempts, AuditTrail audit, Clock clock) {
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean paused(String remoteAddress) {
        Instant now = clock.instant();
        return attempts.countByRemoteAddressAndAttemptedAtAfter(remoteAddress, now.minus(FamilyCodes.FAILURE_WINDOW))
                >= FamilyCodes.MAX_FAILURES;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String remoteAddress, String reasonKey) {
        Instant now = clock.instant();
        attempts.purgeBefore(now.minus(Duration.ofDays(1)));
        attempts.save(new FamilyCodeAttempt(remoteAddress, now));
        audit.record(null, "anonymous@" + remoteAddress, "REFUSE", "FamilyCode", null,
                AuditText.of("audit.msg.family.codeRefused", remoteAddress, AuditText.of(reasonKey)));
    }
}
