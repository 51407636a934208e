package cn.hezuo.teacher;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountDirectory;
import cn.hezuo.audit.ActorNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names people know each other by, for pages that store who did something as a login name (创建人, 填写人,
 * who called, the audit log): a teacher's real name from the staff list, anyone else's display name. A login
 * that no longer exists (or "system") is shown as it was stored.
 */
@Service
public class DisplayNames implements ActorNames {

    private final AccountDirectory accounts;
    private final TeacherRepository teachers;

    DisplayNames(AccountDirectory accounts, TeacherRepository teachers) {
        this.accounts = accounts;
        this.teachers = teachers;
    }

    /** Username → the name to show, for every username given (unknown ones map to themselves). */
    @Override
    @Transactional(readOnly = true)
    public Map<String, String> of(long schoolId, Collection<String> usernames) {
        Set<String> wanted = new LinkedHashSet<>();
        usernames.stream().filter(Objects::nonNull).forEach(wanted::add);
        Map<String, String> names = new HashMap<>();
        wanted.forEach(u -> names.put(u, u));
        if (wanted.isEmpty()) {
            return names;
        }
        List<Account> found = accounts.byUsernames(schoolId, wanted);
        Map<Long, String> teacherNames = new HashMap<>();
        teachers.findByAccountIdIn(found.stream().map(Account::getId).toList())
                .forEach(t -> teacherNames.put(t.getAccountId(), t.getName()));
        for (Account a : found) {
            String name = teacherNames.getOrDefault(a.getId(), a.getDisplayName());
            names.put(a.getUsername(), name == null || name.isBlank() ? a.getUsername() : name);
        }
        return names;
    }
}
