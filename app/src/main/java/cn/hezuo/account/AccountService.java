package cn.hezuo.account;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, issuing initial passwords and changing passwords, each written to the audit log. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final InitialPasswords initialPasswords;
    private final AuditTrail audit;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, InitialPasswords initialPasswords,
                   AuditTrail audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.initialPasswords = initialPasswords;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** A new enabled account with a random initial password that must be changed at first login. */
    @Transactional
    public IssuedPassword create(long schoolId, String username, Role role, String displayName) {
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("account.error.usernameTaken", username);
        }
        String password = initialPasswords.next();
        Account account = accounts.save(new Account(schoolId, username, encoder.encode(password), role, displayName));
        audit.record("CREATE", "Account", account.getId(), AuditText.of("audit.msg.account.created", username,
                displayName, AuditText.of("audit.value." + role)));
        return new IssuedPassword(account.getId(), username, displayName, password);
    }

    /**
     * A new enabled account whose owner chose the password (a parent redeeming an invitation code): the password
     * policy applies and nothing has to be changed at first login.
     */
    @Transactional
    public long createWithOwnPassword(long schoolId, String username, Role role, String displayName, String password) {
        if (accounts.existsByUsername(username)) {
            throw new RuleViolationException("account.error.usernameTaken", username);
        }
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw new RuleViolationException(key);
        });
        Account account = new Account(schoolId, username, encoder.encode(password), role, displayName);
        account.setMustChangePassword(false);
        account = accounts.save(account);
        audit.record(schoolId, username, "CREATE", "Account", account.getId(), AuditText.of(
                "audit.msg.account.created", username, displayName, AuditText.of("audit.value." + role)));
        return account.getId();
    }

    /**
     * A new random password, shown once to whoever reset it; the owner must change it at next login. Every session
     * of the account ends: whoever was signed in with the old password is signed out.
     */
    @Transactional
    public IssuedPassword resetPassword(long schoolId, long accountId) {
        Account account = accounts.findById(accountId).filter(a -> a.getSchoolId() == schoolId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        String password = initialPasswords.next();
        account.resetPassword(encoder.encode(password));
        audit.record("RESET_PASSWORD", "Account", account.getId(), account(account));
        sessions.endAll(account.getId());
        return new IssuedPassword(account.getId(), account.getUsername(), account.getDisplayName(), password);
    }

    /**
     * Changes the signed-in user's own password and ends the user's other sessions (a stolen one among them);
     * returns the new hash for the session's principal.
     */
    @Transactional
    public String changeOwnPassword(HezuoUser user, String currentPassword, String newPassword, String keepSessionId) {
        Account account = accounts.findById(user.accountId())
                .orElseThrow(() -> new NotFoundException("account", user.accountId()));
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("password.error.current");
        }
        PasswordPolicy.violation(account.getUsername(), newPassword).ifPresent(key -> {
            throw new RuleViolationException(key);
        });
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new RuleViolationException("password.error.same");
        }
        String hash = encoder.encode(newPassword);
        account.changePassword(hash);
        audit.record("CHANGE_PASSWORD", "Account", account.getId(), account(account));
        sessions.endOthers(account.getUsername(), keepSessionId);
        return hash;
    }

    /** Disabling an account also ends its sessions. */
    @Transactional
    public void setEnabled(long schoolId, long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).filter(a -> a.getSchoolId() == schoolId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit.record(enabled ? "ENABLE" : "DISABLE", "Account", accountId, account(account));
        }
        if (!enabled) {
            sessions.endAll(accountId);
        }
    }

    private static AuditText account(Account account) {
        return AuditText.of("audit.msg.account", account.getUsername(), account.getDisplayName());
    }
}
