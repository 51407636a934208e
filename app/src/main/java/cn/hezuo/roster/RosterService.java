package cn.hezuo.roster;

import cn.hezuo.account.AccountSessions;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A head teacher's (or admin's) edits to one student: add, edit, move, deactivate. Audited. */
@Service
public class RosterService {

    private final StudentRepository students;
    private final StudentScoreRepository scores;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final AccountSessions accountSessions;

    RosterService(StudentRepository students, StudentScoreRepository scores, ClassAccess access, AuditTrail audit,
                  AccountSessions accountSessions) {
        this.students = students;
        this.scores = scores;
        this.access = access;
        this.audit = audit;
        this.accountSessions = accountSessions;
    }

    @Transactional
    public Student add(HezuoUser user, long classId, StudentForm form, Map<Long, BigDecimal> priorScores) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        String studentNo = form.studentNo().trim();
        students.findBySchoolIdAndStudentNo(user.schoolId(), studentNo).ifPresent(existing -> {
            throw new RuleViolationException("student.error.duplicateNo", studentNo, existing.getName());
        });
        Student student = new Student(user.schoolId(), schoolClass.getId(), studentNo, form.name().trim(), form.gender());
        student.setPersonality(blankToNull(form.personality()));
        student.setNotes(blankToNull(form.notes()));
        students.save(student);
        priorScores.forEach((subjectId, score) -> scores.save(new StudentScore(student.getId(), subjectId, score)));
        audit.record("CREATE", "Student", student.getId(), AuditText.of("audit.msg.student.created", studentNo,
                student.getName(), schoolClass.getName()));
        return student;
    }

    @Transactional
    public void update(HezuoUser user, long studentId, StudentForm form, Map<Long, BigDecimal> priorScores) {
        Student student = requireManaged(user, studentId);
        if (form.version() == null || student.getVersion() != form.version()) {
            throw new RuleViolationException("error.staleEdit");
        }
        Changes changes = Changes.of().field("name", student.getName(), form.name().trim())
                .field("gender", student.getGender(), form.gender())
                .field("personality", student.getPersonality(), blankToNull(form.personality()))
                .field("notes", student.getNotes(), blankToNull(form.notes()));
        student.setName(form.name().trim());
        student.setGender(form.gender());
        student.setPersonality(blankToNull(form.personality()));
        student.setNotes(blankToNull(form.notes()));
        saveScores(student.getId(), priorScores, changes);
        audit.record("UPDATE", "Student", studentId, changes.text(student.getStudentNo() + " " + student.getName()));
    }

    /** Replaces the prior scores named in {@code priorScores}; a null value removes that score. */
    void saveScores(long studentId, Map<Long, BigDecimal> priorScores, Changes changes) {
        Map<Long, StudentScore> current = new java.util.HashMap<>();
        scores.findByStudentId(studentId).forEach(s -> current.put(s.getSubjectId(), s));
        priorScores.forEach((subjectId, value) -> {
            StudentScore existing = current.get(subjectId);
            BigDecimal old = existing == null ? null : existing.getScore();
            if (value == null && existing != null) {
                scores.delete(existing);
            } else if (value != null && existing == null) {
                scores.save(new StudentScore(studentId, subjectId, value));
            } else if (value != null && old.compareTo(value) != 0) {
                existing.setScore(value);
            }
            if (!Objects.equals(old == null ? null : old.stripTrailingZeros(),
                    value == null ? null : value.stripTrailingZeros())) {
                changes.field("score[" + subjectId + "]", old, value);
            }
        });
    }

    @Transactional
    public void move(HezuoUser user, long studentId, long targetClassId) {
        Student student = requireManaged(user, studentId);
        SchoolClass target = access.requireManage(user, targetClassId);
        if (target.getId().equals(student.getClassId())) {
            return;
        }
        audit.record("MOVE", "Student", studentId, AuditText.of("audit.msg.student.moved", student.getStudentNo(),
                student.getName(), student.getClassId(), target.getName()));
        student.moveTo(target.getId());
    }

    @Transactional
    public void setActive(HezuoUser user, long studentId, boolean active) {
        Student student = requireManaged(user, studentId);
        if (student.isActive() != active) {
            student.setActive(active);
            audit.record(active ? "REACTIVATE" : "DEACTIVATE", "Student", studentId,
                    AuditText.of("audit.msg.student", student.getStudentNo() + " " + student.getName()));
        }
        if (!active && student.getAccountId() != null) {
            accountSessions.endAll(student.getAccountId()); // a deactivated student is signed out everywhere
        }
    }

    /** The student, if the user manages the student's class. */
    @Transactional(readOnly = true)
    public Student requireManaged(HezuoUser user, long studentId) {
        Student student = students.findById(studentId).filter(s -> s.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("student", studentId));
        access.requireManage(user, student.getClassId());
        return student;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
