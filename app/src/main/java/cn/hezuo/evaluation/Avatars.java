package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.StudentFaces;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students' avatars. Public query for other features ({@link #of}: student id → avatar id, absent = initials);
 * a student chooses their own, a teacher of the class (or the admin) sets any student's of that class. Audited.
 */
@Service
public class Avatars implements StudentFaces {

    private final EvalAvatarRepository avatars;
    private final StudentDirectory students;
    private final ClassAccess classAccess;
    private final AuditTrail audit;
    private final Clock clock;

    Avatars(EvalAvatarRepository avatars, StudentDirectory students, ClassAccess classAccess, AuditTrail audit,
            Clock clock) {
        this.avatars = avatars;
        this.students = students;
        this.classAccess = classAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /** Student id → avatar id (e.g. {@code a07}) for those who have one. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> studentIds) {
        Map<Long, String> result = new HashMap<>();
        if (!studentIds.isEmpty()) {
            avatars.findByStudentIdIn(studentIds).forEach(a -> result.put(a.getStudentId(), a.getAvatar()));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> avatarPaths(Collection<Long> studentIds) {
        Map<Long, String> paths = new HashMap<>();
        of(studentIds).forEach((id, avatar) -> paths.put(id, AvatarCatalogue.path(avatar)));
        return paths;
    }

    @Override
    public String initialColour(long studentId) {
        return AvatarCatalogue.initialColour(studentId);
    }

    /** The signed-in student's own record (403 for anyone else). */
    @Transactional(readOnly = true)
    public Student self(HezuoUser user) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("students only");
        }
        return students.find(user.studentId()).filter(Student::isActive)
                .orElseThrow(() -> new AccessDeniedException("no student record"));
    }

    /** A student of a class the user may view (teachers of the class, the admin); 404 for a student elsewhere. */
    @Transactional(readOnly = true)
    public Student studentOfClass(HezuoUser user, long classId, long studentId) {
        if (user.isStudent()) {
            throw new AccessDeniedException("teachers only");
        }
        classAccess.requireView(user, classId);
        return students.find(studentId).filter(s -> s.getClassId() != null && s.getClassId() == classId)
                .orElseThrow(() -> new NotFoundException("student", studentId));
    }

    @Transactional
    public void chooseOwn(HezuoUser user, String avatarId) {
        save(user, self(user), avatarId);
    }

    @Transactional
    public void setFor(HezuoUser user, long classId, long studentId, String avatarId) {
        save(user, studentOfClass(user, classId, studentId), avatarId);
    }

    private void save(HezuoUser user, Student student, String avatarId) {
        if (!AvatarCatalogue.exists(avatarId)) {
            throw new RuleViolationException("evaluation.avatar.unknown");
        }
        EvalAvatar row = avatars.findByStudentId(student.getId())
                .orElseGet(() -> new EvalAvatar(student.getSchoolId(), student.getId()));
        row.choose(avatarId, user.getUsername(), clock.instant());
        avatars.save(row);
        audit.record("AVATAR", "Student", student.getId(), AuditText.of("audit.msg.eval.avatar", student.getName(), avatarId));
    }
}
