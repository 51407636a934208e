package cn.hezuo.account;

import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final TeacherRepository teachers;
    private final StudentRepository students;

    AccountUserDetailsService(AccountRepository accounts, TeacherRepository teachers, StudentRepository students) {
        this.accounts = accounts;
        this.teachers = teachers;
        this.students = students;
    }

    @Override
    @Transactional(readOnly = true)
    public HezuoUser loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Long teacherId = account.getRole() == Role.TEACHER
                ? teachers.findByAccountId(account.getId()).map(Teacher::getId).orElse(null) : null;
        Student student = account.getRole() == Role.STUDENT
                ? students.findByAccountId(account.getId()).orElse(null) : null;
        boolean enabled = account.isEnabled() && (student == null || student.isActive());
        return new HezuoUser(account.getId(), account.getSchoolId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), teacherId, student == null ? null : student.getId(),
                enabled, account.isMustChangePassword());
    }
}
