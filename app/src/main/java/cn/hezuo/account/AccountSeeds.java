package cn.hezuo.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account feature's part of seeding a fresh database (the demo school): accounts with a given hash that need no
 * password change, in the seeder's transaction, without audit lines. Only the demo calls it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AccountSeeds {

    private final AccountRepository accounts;

    AccountSeeds(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Account account(long schoolId, String username, Role role, String displayName, String passwordHash) {
        Account account = new Account(schoolId, username, passwordHash, role, displayName);
        account.setMustChangePassword(false);
        return accounts.save(account);
    }
}
