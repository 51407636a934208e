package cn.hezuo.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account feature's public read side for other features (names shown, login names taken). */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> find(Long accountId) {
        return accounts.findById(accountId);
    }

    public List<Account> findAll(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds);
    }

    public Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    public boolean usernameTaken(String username) {
        return accounts.existsByUsername(username);
    }

    public List<Account> byUsernames(long schoolId, Collection<String> usernames) {
        return accounts.findBySchoolIdAndUsernameIn(schoolId, usernames);
    }
}
