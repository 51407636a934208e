package cn.hezuo.audit;

import cn.hezuo.account.HezuoUser;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every write. It joins the caller's transaction, so an audit line exists exactly when the
 * change it describes was committed.
 */
@Component
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String summary) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HezuoUser user) {
            record(user.schoolId(), user.getUsername(), action, entityType, entityId, summary);
        } else {
            record(null, "system", action, entityType, entityId, summary);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long schoolId, String actor, String action, String entityType, Object entityId, String summary) {
        entries.save(new AuditEntry(schoolId, actor, clock.instant(), action, entityType,
                entityId == null ? null : String.valueOf(entityId), summary));
    }
}
