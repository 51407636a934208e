package cn.hezuo.account;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final List<AccountLink> links;

    AccountUserDetailsService(AccountRepository accounts, List<AccountLink> links) {
        this.accounts = accounts;
        this.links = links;
    }

    @Override
    @Transactional(readOnly = true)
    public HezuoUser loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        AccountLink.Holder holder = links.stream().filter(l -> l.role() == account.getRole()).findFirst()
                .flatMap(l -> l.holderOf(account.getId())).orElse(null);
        Long teacherId = account.getRole() == Role.TEACHER && holder != null ? holder.id() : null;
        Long studentId = account.getRole() == Role.STUDENT && holder != null ? holder.id() : null;
        boolean enabled = account.isEnabled() && (studentId == null || holder.active());
        return new HezuoUser(account.getId(), account.getSchoolId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), teacherId, studentId, enabled,
                account.isMustChangePassword());
    }
}
