package cn.hezuo.tracking;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking records. A record may be read and written by whoever may see the student's class (admin, head teacher,
 * the class's subject teachers); a student has at most one open record; notes are added, never edited; a closed
 * record stays as history and takes no more notes.
 *
 * <p>The 帮扶对子 suggestion on the record's page (a stronger group-mate from the active grouping plan) is
 * {@link StudyPartners}.
 */
@Service
public class TrackingService {

    /** The closing note has at most this many characters; a longer one is refused, not cut. */
    static final int CLOSING_NOTE_MAX = 1000;

    private final TrackingRecordRepository records;
    private final TrackingNoteRepository notes;
    private final StudentDirectory students;
    private final ClassDirectory classes;
    private final ClassAccess classAccess;
    private final AuditTrail audit;
    private final Clock clock;

    TrackingService(TrackingRecordRepository records, TrackingNoteRepository notes, StudentDirectory students,
                    ClassDirectory classes, ClassAccess classAccess, AuditTrail audit, Clock clock) {
        this.records = records;
        this.notes = notes;
        this.students = students;
        this.classes = classes;
        this.classAccess = classAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /** A record with its student and the student's class, for the pages. */
    public record Tracked(TrackingRecord record, Student student, SchoolClass schoolClass) {
    }

    /** The student if the user may track them (may see their class); 404 for another school, 403 otherwise. */
    @Transactional(readOnly = true)
    public Student requireStudent(HezuoUser user, long studentId) {
        if (!user.isAdmin() && !user.isTeacher()) {
            throw new AccessDeniedException("tracking");
        }
        Student student = students.find(studentId).filter(s -> s.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("student", studentId));
        classAccess.requireView(user, student.getClassId());
        return student;
    }

    @Transactional(readOnly = true)
    public Tracked require(HezuoUser user, long recordId) {
        if (!user.isAdmin() && !user.isTeacher()) {
            throw new AccessDeniedException("tracking");
        }
        TrackingRecord record = records.findByIdAndSchoolId(recordId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("tracking record", recordId));
        Student student = requireStudent(user, record.getStudentId());
        return new Tracked(record, student, classes.find(student.getClassId()).orElseThrow());
    }

    /** The student's open record, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<TrackingRecord> openRecord(long studentId) {
        return records.findByStudentIdOrderByOpenedAtDesc(studentId).stream().filter(r -> !r.isClosed()).findFirst();
    }

    /** Opens a record, or returns the student's open one (a student has at most one). */
    @Transactional
    public TrackingRecord open(HezuoUser user, TrackingForm form) {
        Student student = requireStudent(user, form.studentId());
        java.util.Optional<TrackingRecord> existing = openRecord(student.getId());
        if (existing.isPresent()) {
            return existing.get();
        }
        TrackingRecord record = records.save(new TrackingRecord(user.schoolId(), student.getId(), form.examId(),
                form.causes().strip(), form.measures().strip(), user.getUsername(), clock.instant()));
        audit.record("CREATE", "TrackingRecord", record.getId(), AuditText.of("audit.msg.tracking.opened",
                student.getStudentNo(), student.getName()));
        return record;
    }

    @Transactional
    public void describe(HezuoUser user, long recordId, TrackingForm form) {
        TrackingRecord record = require(user, recordId).record();
        if (form.version() == null || form.version() != record.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(TrackingRecord.class, recordId);
        }
        Changes changes = Changes.of().field("causes", record.getCauses(), form.causes().strip())
                .field("measures", record.getMeasures(), form.measures().strip());
        record.describe(form.causes().strip(), form.measures().strip());
        records.saveAndFlush(record);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", "TrackingRecord", recordId, changes.text());
        }
    }

    @Transactional
    public void addNote(HezuoUser user, long recordId, NoteForm form) {
        TrackingRecord record = require(user, recordId).record();
        if (record.isClosed()) {
            throw new RuleViolationException("tracking.error.closed");
        }
        TrackingNote note = notes.save(new TrackingNote(user.schoolId(), recordId, form.noteDate(), form.body().strip(),
                user.getUsername(), clock.instant()));
        audit.record("CREATE", "TrackingNote", note.getId(), AuditText.of("audit.msg.tracking.note", recordId,
                form.noteDate()));
    }

    @Transactional
    public void close(HezuoUser user, long recordId, String closingNote) {
        TrackingRecord record = require(user, recordId).record();
        if (record.isClosed()) {
            throw new RuleViolationException("tracking.error.closed");
        }
        String note = closingNote == null ? null : closingNote.strip();
        if (note != null && note.length() > CLOSING_NOTE_MAX) {
            throw new RuleViolationException("tracking.error.closingNoteLength", CLOSING_NOTE_MAX);
        }
        record.close(user.getUsername(), clock.instant(), note == null || note.isEmpty() ? null
                : note);
        records.saveAndFlush(record);
        audit.record("CLOSE", "TrackingRecord", recordId, AuditText.of("audit.msg.tracking.closed"));
    }

    @Transactional(readOnly = true)
    public List<TrackingNote> notes(long recordId) {
        return notes.findByRecordIdOrderByNoteDateAscIdAsc(recordId);
    }

    /** Every record of the students whose classes the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<Tracked> visible(HezuoUser user) {
        Map<Long, SchoolClass> classById = new HashMap<>();
        classes.ofSchool(user.schoolId()).forEach(c -> classById.put(c.getId(), c));
        Map<Long, Student> studentById = new HashMap<>();
        List<TrackingRecord> all = records.findBySchoolIdOrderByOpenedAtDesc(user.schoolId());
        students.findAll(all.stream().map(TrackingRecord::getStudentId).distinct().toList())
                .forEach(s -> studentById.put(s.getId(), s));
        Map<Long, Boolean> canView = new HashMap<>();
        return all.stream().map(r -> {
            Student s = studentById.get(r.getStudentId());
            return new Tracked(r, s, classById.get(s.getClassId()));
        }).filter(t -> canView.computeIfAbsent(t.schoolClass().getId(),
                id -> classAccess.canView(user, t.schoolClass()))).toList();
    }
}
