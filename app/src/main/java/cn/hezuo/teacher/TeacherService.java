package cn.hezuo.teacher;

import cn.hezuo.account.AccountService;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.account.Role;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's writes to teachers: create with an account, edit, teaching assignments, reset, disable. */
@Service
public class TeacherService {

    private final TeacherRepository teachers;
    private final TeachingAssignmentRepository assignments;
    private final ClassDirectory classes;
    private final SubjectDirectory subjects;
    private final AccountService accounts;
    private final AuditTrail audit;

    TeacherService(TeacherRepository teachers, TeachingAssignmentRepository assignments, ClassDirectory classes,
                   SubjectDirectory subjects, AccountService accounts, AuditTrail audit) {
        this.teachers = teachers;
        this.assignments = assignments;
        this.classes = classes;
        this.subjects = subjects;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The teacher and their login; the initial password is returned once, to be handed over. */
    @Transactional
    public IssuedPassword create(long schoolId, String name, String staffNo, String phone, String username) {
        Teacher teacher = teachers.save(new Teacher(schoolId, name.trim(), blankToNull(staffNo), blankToNull(phone)));
        IssuedPassword issued = accounts.create(schoolId, username.trim(), Role.TEACHER, name.trim());
        teacher.setAccountId(issued.accountId());
        audit.record("CREATE", "Teacher", teacher.getId(), AuditText.of("audit.msg.teacher.created", name, username));
        return issued;
    }

    @Transactional
    public void update(long schoolId, long teacherId, int version, String name, String staffNo, String phone) {
        Teacher teacher = find(schoolId, teacherId);
        if (teacher.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        Changes changes = Changes.of().field("name", teacher.getName(), name.trim())
                .field("staffNo", teacher.getStaffNo(), blankToNull(staffNo))
                .field("phone", teacher.getPhone(), blankToNull(phone));
        teacher.setName(name.trim());
        teacher.setStaffNo(blankToNull(staffNo));
        teacher.setPhone(blankToNull(phone));
        audit.record("UPDATE", "Teacher", teacherId, changes.text(teacher.getName()));
    }

    /** The admin's edit with the research attributes, in one transaction. */
    @Transactional
    public void update(long schoolId, long teacherId, int version, String name, String staffNo, String phone,
                       Integer birthYear, Integer startYear, String title) {
        update(schoolId, teacherId, version, name, staffNo, phone);
        updateProfile(schoolId, teacherId, birthYear, startYear, title);
    }

    /** 出生年份, 参加工作年份 and 职称, kept with the teacher for teaching research (教研). */
    @Transactional
    public void updateProfile(long schoolId, long teacherId, Integer birthYear, Integer startYear, String title) {
        Teacher teacher = find(schoolId, teacherId);
        Changes changes = Changes.of().field("birthYear", teacher.getBirthYear(), birthYear)
                .field("startYear", teacher.getStartYear(), startYear)
                .field("title", teacher.getTitle(), blankToNull(title));
        if (changes.isEmpty()) {
            return;
        }
        teacher.setProfile(birthYear, startYear, blankToNull(title));
        audit.record("UPDATE", "Teacher", teacherId, changes.text(teacher.getName()));
    }

    /** The school's teachers (active or not), for features that list or pick teachers. */
    @Transactional(readOnly = true)
    public java.util.List<Teacher> teachers(long schoolId) {
        return teachers.findBySchoolIdOrderByIdAsc(schoolId);
    }

    @Transactional
    public void assign(long schoolId, long teacherId, long classId, long subjectId) {
        find(schoolId, teacherId);
        classes.findInSchool(classId, schoolId).orElseThrow(() -> new NotFoundException("class", classId));
        subjects.findInSchool(subjectId, schoolId).orElseThrow(() -> new NotFoundException("subject", subjectId));
        if (assignments.existsByClassIdAndTeacherIdAndSubjectId(classId, teacherId, subjectId)) {
            throw new RuleViolationException("teacher.error.assignmentExists");
        }
        TeachingAssignment saved = assignments.save(new TeachingAssignment(schoolId, classId, teacherId, subjectId));
        audit.record("CREATE", "TeachingAssignment", saved.getId(),
                AuditText.of("audit.msg.teacher.assignment", teacherId, classId, subjectId));
    }

    @Transactional
    public void unassign(long schoolId, long teacherId, long assignmentId) {
        TeachingAssignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.getSchoolId() == schoolId && a.getTeacherId() == teacherId)
                .orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        assignments.delete(assignment);
        audit.record("DELETE", "TeachingAssignment", assignmentId, AuditText.of("audit.msg.teacher.assignment",
                teacherId, assignment.getClassId(), assignment.getSubjectId()));
    }

    @Transactional
    public IssuedPassword resetPassword(long schoolId, long teacherId) {
        Teacher teacher = find(schoolId, teacherId);
        if (teacher.getAccountId() == null) {
            throw new RuleViolationException("teacher.error.noAccount");
        }
        return accounts.resetPassword(schoolId, teacher.getAccountId());
    }

    @Transactional
    public void setActive(long schoolId, long teacherId, boolean active) {
        Teacher teacher = find(schoolId, teacherId);
        teacher.setActive(active);
        if (teacher.getAccountId() != null) {
            accounts.setEnabled(schoolId, teacher.getAccountId(), active);
        }
        audit.record(active ? "ENABLE" : "DISABLE", "Teacher", teacherId, AuditText.of("audit.msg.name",
                teacher.getName()));
    }

    private Teacher find(long schoolId, long teacherId) {
        return teachers.findByIdAndSchoolId(teacherId, schoolId)
                .orElseThrow(() -> new NotFoundException("teacher", teacherId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
