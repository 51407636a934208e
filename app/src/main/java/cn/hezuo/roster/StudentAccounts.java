package cn.hezuo.roster;

import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.AccountService;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.account.Role;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student logins, made by the head teacher for a whole class in one action: username = 学号, a random
 * initial password printed once on a slip, changed by the student at first login.
 */
@Service
public class StudentAccounts {

    /** What one "create accounts" action did: the new passwords, and the students it had to skip. */
    public record Result(List<IssuedPassword> issued, List<String> skippedStudentNos) {
    }

    private final StudentRepository students;
    private final AccountDirectory accounts;
    private final AccountService accountService;
    private final ClassAccess access;

    StudentAccounts(StudentRepository students, AccountDirectory accounts, AccountService accountService,
                    ClassAccess access) {
        this.students = students;
        this.accounts = accounts;
        this.accountService = accountService;
        this.access = access;
    }

    @Transactional
    public Result createForClass(HezuoUser user, long classId) {
        access.requireManage(user, classId);
        List<IssuedPassword> issued = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Student student : students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId)) {
            if (student.getAccountId() != null) {
                continue;
            }
            if (accounts.usernameTaken(student.getStudentNo())) {
                skipped.add(student.getStudentNo());
                continue;
            }
            IssuedPassword password = accountService.create(user.schoolId(), student.getStudentNo(), Role.STUDENT,
                    student.getName());
            student.setAccountId(password.accountId());
            issued.add(password);
        }
        return new Result(issued, skipped);
    }

    @Transactional
    public IssuedPassword resetFor(HezuoUser user, Student student) {
        access.requireManage(user, student.getClassId());
        if (student.getAccountId() == null) {
            throw new RuleViolationException("student.error.noAccount");
        }
        return accountService.resetPassword(user.schoolId(), student.getAccountId());
    }
}
