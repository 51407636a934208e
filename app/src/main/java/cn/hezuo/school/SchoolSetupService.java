package cn.hezuo.school;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's writes to the school's structure: terms, grades, subjects, classes. All audited. */
@Service
public class SchoolSetupService {

    private final TermRepository terms;
    private final GradeRepository grades;
    private final SubjectRepository subjects;
    private final SchoolClassRepository classes;
    private final Teaching teachers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SchoolSetupService(TermRepository terms, GradeRepository grades, SubjectRepository subjects,
                       SchoolClassRepository classes, Teaching teachers, AuditTrail audit,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.terms = terms;
        this.grades = grades;
        this.subjects = subjects;
        this.classes = classes;
        this.teachers = teachers;
        this.audit = audit;
    }

    /** The school's active subjects in their display order (for other features' subject pickers). */
    @Transactional(readOnly = true)
    public java.util.List<Subject> activeSubjects(long schoolId) {
        return subjects.findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(schoolId);
    }

    @Transactional
    public Term createTerm(long schoolId, String name, LocalDate start, LocalDate end) {
        requireOrder(start, end);
        Term term = terms.save(new Term(schoolId, name.trim(), start, end));
        audit.record("CREATE", "Term", term.getId(), AuditText.of("audit.msg.term", name, start, end));
        return term;
    }


    @Transactional
    public void updateTerm(long schoolId, long termId, int version, String name, LocalDate start, LocalDate end) {
        requireOrder(start, end);
        Term term = terms.findByIdAndSchoolId(termId, schoolId).orElseThrow(() -> new NotFoundException("term", termId));
        requireVersion(term.getVersion(), version);
        Changes changes = Changes.of().field("name", term.getName(), name.trim())
                .field("start", term.getStartDate(), start).field("end", term.getEndDate(), end);
        term.update(name.trim(), start, end);
        audit.record("UPDATE", "Term", termId, changes.text(term.getName()));
    }

    @Transactional
    public Grade createGrade(long schoolId, String name, int sortOrder) {
        String trimmed = name.trim();
        if (grades.existsBySchoolIdAndName(schoolId, trimmed)) {
            throw new RuleViolationException("grade.error.duplicate", trimmed);
        }
        Grade grade = grades.save(new Grade(schoolId, trimmed, sortOrder));
        audit.record("CREATE", "Grade", grade.getId(), AuditText.of("audit.msg.name", trimmed));
        return grade;
    }

    @Transactional
    public Subject createSubject(long schoolId, String name, int sortOrder) {
        String trimmed = name.trim();
        if (subjects.existsBySchoolIdAndName(schoolId, trimmed)) {
            throw new RuleViolationException("subject.error.duplicate", trimmed);
        }
        Subject subject = subjects.save(new Subject(schoolId, trimmed, sortOrder));
        audit.record("CREATE", "Subject", subject.getId(), AuditText.of("audit.msg.name", trimmed));
        return subject;
    }

    @Transactional
    public void setSubjectActive(long schoolId, long subjectId, boolean active) {
        Subject subject = subjects.findByIdAndSchoolId(subjectId, schoolId)
                .orElseThrow(() -> new NotFoundException("subject", subjectId));
        audit.record("UPDATE", "Subject", subjectId,
                Changes.of().field("active", subject.isActive(), active).text(subject.getName()));
        subject.setActive(active);
    }

    /** Creates a class whose default records are named in Chinese, the product's default language. */
    @Transactional
    public SchoolClass createClass(long schoolId, long gradeId, String name, Long headTeacherId) {
        return createClass(schoolId, gradeId, name, headTeacherId, Locale.SIMPLIFIED_CHINESE);
    }

    /** Creates a class; its default records (evaluation items) are named in {@code locale}. */
    @Transactional
    public SchoolClass createClass(long schoolId, long gradeId, String name, Long headTeacherId, Locale locale) {
        String trimmed = name.trim();
        grades.findByIdAndSchoolId(gradeId, schoolId).orElseThrow(() -> new NotFoundException("grade", gradeId));
        requireTeacher(schoolId, headTeacherId);
        if (classes.existsBySchoolIdAndName(schoolId, trimmed)) {
            throw new RuleViolationException("class.error.duplicate", trimmed);
        }
        SchoolClass schoolClass = classes.save(new SchoolClass(schoolId, gradeId, trimmed, headTeacherId));
        audit.record("CREATE", "SchoolClass", schoolClass.getId(), AuditText.of("audit.msg.schoolClass", trimmed,
                headTeacherId));
        events.publishEvent(new ClassCreated(schoolId, schoolClass.getId(), trimmed, locale));
        return schoolClass;
    }

    @Transactional
    public void updateClass(long schoolId, long classId, int version, long gradeId, String name, Long headTeacherId) {
        SchoolClass schoolClass = classes.findByIdAndSchoolId(classId, schoolId)
                .orElseThrow(() -> new NotFoundException("class", classId));
        requireVersion(schoolClass.getVersion(), version);
        grades.findByIdAndSchoolId(gradeId, schoolId).orElseThrow(() -> new NotFoundException("grade", gradeId));
        requireTeacher(schoolId, headTeacherId);
        String trimmed = name.trim();
        if (!trimmed.equals(schoolClass.getName()) && classes.existsBySchoolIdAndName(schoolId, trimmed)) {
            throw new RuleViolationException("class.error.duplicate", trimmed);
        }
        Changes changes = Changes.of().field("name", schoolClass.getName(), trimmed)
                .field("grade", schoolClass.getGradeId(), gradeId)
                .field("headTeacher", schoolClass.getHeadTeacherId(), headTeacherId);
        schoolClass.setName(trimmed);
        schoolClass.setGradeId(gradeId);
        schoolClass.setHeadTeacherId(headTeacherId);
        audit.record("UPDATE", "SchoolClass", classId, changes.text(schoolClass.getName()));
    }

    private void requireTeacher(long schoolId, Long teacherId) {
        if (teacherId != null) {
            if (!teachers.isTeacherOf(schoolId, teacherId)) {
                throw new NotFoundException("teacher", teacherId);
            }
        }
    }

    private static void requireOrder(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new RuleViolationException("term.error.order");
        }
    }

    /** Optimistic locking for forms: the version the user saw must still be current. */
    static void requireVersion(int current, int seen) {
        if (current != seen) {
            throw new RuleViolationException("error.staleEdit");
        }
    }

    /** The school's subjects in their order, for features that pick one (teaching research). */
    @Transactional(readOnly = true)
    public java.util.List<Subject> subjects(long schoolId) {
        return subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId);
    }

    /** The school's grades in their order. */
    @Transactional(readOnly = true)
    public java.util.List<Grade> grades(long schoolId) {
        return grades.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId);
    }

    /** The school's active classes in display order (七年级1班, 七年级2班 … 八年级1班). */
    @Transactional(readOnly = true)
    public java.util.List<SchoolClass> classes(long schoolId) {
        return classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId).stream().filter(SchoolClass::isActive)
                .sorted(SchoolClass.DISPLAY_ORDER).toList();
    }
}
