package cn.hezuo.family;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.AccountService;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The head teacher unlinks a parent from a child of their class (a wrong code redeemed, a family that changed): from
 * then on that child's pages answer 404 to the parent. A parent left with no child at all has nothing to see, so
 * their account is disabled too (and signed out); a parent with another child keeps it.
 */
@Service
class FamilyLinks {

    /** What unlinking did: whose link it was, and whether the parent's account was disabled with it. */
    record Unlinked(String parentName, String childName, boolean accountDisabled) {
    }

    private final FamilyChildRepository children;
    private final FamilyParentRepository parents;
    private final StudentDirectory students;
    private final ClassAccess access;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final AuditTrail audit;

    FamilyLinks(FamilyChildRepository children, FamilyParentRepository parents, StudentDirectory students,
                ClassAccess access, AccountService accounts, AccountDirectory directory, AuditTrail audit) {
        this.children = children;
        this.parents = parents;
        this.students = students;
        this.access = access;
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    Unlinked unlink(HezuoUser user, long classId, long linkId) {
        access.requireManage(user, classId);
        FamilyChild link = children.findById(linkId).orElseThrow(() -> new RuleViolationException(
                "family.error.link.gone"));
        // only a link of a child on this class's roster: the head teacher of 七年级1班 cannot reach another class's
        Student child = students.find(link.getStudentId()).filter(s -> s.getClassId() == classId)
                .orElseThrow(() -> new RuleViolationException("family.error.link.gone"));
        FamilyParent parent = parents.findById(link.getParentId()).orElseThrow();
        String username = directory.find(parent.getAccountId()).map(Account::getUsername).orElse("");
        children.delete(link);
        children.flush();
        audit.record("DELETE", "FamilyChild", linkId,
                AuditText.of("audit.msg.family.unlinked", username, child.getName()));
        boolean disable = children.findByParentIdOrderByIdAsc(parent.getId()).isEmpty()
                && directory.find(parent.getAccountId()).map(Account::isEnabled).orElse(false);
        if (disable) {
            accounts.setEnabled(parent.getSchoolId(), parent.getAccountId(), false);
        }
        return new Unlinked(parent.getDisplayName(), child.getName(), disable);
    }
}
