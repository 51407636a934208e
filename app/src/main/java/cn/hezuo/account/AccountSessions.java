package cn.hezuo.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's HTTP sessions (Spring Session JDBC, so on every node at once) when its password changes, is
 * reset, or the account is deactivated: a stolen session must not outlive the password. Inside a transaction the
 * sessions end after it commits, so a rolled-back change ends nothing and the old password cannot open a new
 * session between the end and the commit.
 */
@Component
public class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final AccountRepository accounts;

    /**
     * The session repository is looked up lazily: contexts without a web layer (the database and concurrency tests)
     * have no Spring Session and nothing to end.
     */
    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
                    AccountRepository accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** Ends every session of the account (reset by someone else, deactivated). */
    public void endAll(long accountId) {
        accounts.findById(accountId).ifPresent(account -> afterCommit(() -> end(account.getUsername(), null)));
    }

    /** Ends every session of the user except the one that made the change. */
    public void endOthers(String username, String keepSessionId) {
        afterCommit(() -> end(username, keepSessionId));
    }

    private void end(String username, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(username).keySet()) {
            if (!id.equals(keepSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {}", ended, username);
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
