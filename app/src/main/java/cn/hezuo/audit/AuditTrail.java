package cn.hezuo.audit;

import cn.hezuo.system.SignedInUser;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every write. It joins the caller's transaction, so an audit line exists exactly when the
 * change it describes was committed. A line names its action (CREATE, UPDATE, …) and entity type (a code name
 * such as {@code PeerRound}) as keys, and its text as an {@link AuditText}; the log page translates all three.
 */
@Component
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AuditTexts texts;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, AuditTexts texts, Clock clock) {
        this.entries = entries;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, AuditText text) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            record(user.schoolId(), user.getUsername(), action, entityType, entityId, text);
        } else {
            record(null, "system", action, entityType, entityId, text);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long schoolId, String actor, String action, String entityType, Object entityId,
                       AuditText text) {
        String message = texts.toJson(text);
        entries.save(new AuditEntry(schoolId, actor, clock.instant(), action, entityType,
                entityId == null ? null : String.valueOf(entityId), texts.render(text, Locale.SIMPLIFIED_CHINESE),
                message.length() > 4000 ? null : message));
    }
}
