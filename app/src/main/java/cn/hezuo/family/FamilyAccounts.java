package cn.hezuo.family;

import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.AccountService;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.account.Role;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parent accounts made by the head teacher for chosen students of their class, like the students' own: username
 * {@code parent<学号>} (then {@code parent<学号>b}, {@code …c} for a second parent), a random initial password printed
 * once on a slip and changed at first login.
 */
@Service
class FamilyAccounts {

    /** One printed slip: the child, and the parent's login with its one-time password. */
    record Slip(String childName, String childNo, IssuedPassword login) {
    }

    private final AccountService accounts;
    private final AccountDirectory directory;
    private final StudentDirectory students;
    private final ClassAccess access;
    private final FamilyParentRepository parents;
    private final FamilyChildRepository children;
    private final AuditTrail audit;
    private final Clock clock;

    FamilyAccounts(AccountService accounts, AccountDirectory directory, StudentDirectory students, ClassAccess access,
                   FamilyParentRepository parents, FamilyChildRepository children, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.students = students;
        this.access = access;
        this.parents = parents;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<Slip> createFor(HezuoUser user, long classId, Collection<Long> studentIds) {
        access.requireManage(user, classId);
        List<Student> chosen = students.activeOfClass(classId).stream().filter(s -> studentIds.contains(s.getId()))
                .toList();
        if (chosen.isEmpty()) {
            throw new RuleViolationException("family.error.noStudentChosen");
        }
        List<Slip> slips = new ArrayList<>();
        for (Student student : chosen) {
            String username = freeUsername("parent" + student.getStudentNo());
            String name = student.getName() + "家长";
            IssuedPassword login = accounts.create(user.schoolId(), username, Role.PARENT, name);
            FamilyParent parent = parents.save(new FamilyParent(user.schoolId(), login.accountId(), name,
                    clock.instant()));
            children.save(new FamilyChild(parent.getId(), student.getId(), clock.instant()));
            audit.record("CREATE", "FamilyParent", parent.getId(),
                    AuditText.of("audit.msg.family.linked", username, student.getName()));
            slips.add(new Slip(student.getName(), student.getStudentNo(), login));
        }
        return slips;
    }

    private String freeUsername(String base) {
        if (!directory.usernameTaken(base)) {
            return base;
        }
        for (char c = 'b'; c <= 'z'; c++) {
            if (!directory.usernameTaken(base + c)) {
                return base + c;
            }
        }
        throw new RuleViolationException("account.error.usernameTaken", base);
    }
}
