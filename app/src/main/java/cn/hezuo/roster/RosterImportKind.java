package cn.hezuo.roster;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.roster.importing.ExistingStudent;
import cn.hezuo.roster.importing.RosterImportParser;
import cn.hezuo.roster.importing.RosterImportPreview;
import cn.hezuo.roster.importing.RosterImportRow;
import cn.hezuo.roster.importing.RosterTarget;
import cn.hezuo.school.Grade;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.upload.ImportKind;
import cn.hezuo.upload.StagedImport;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The class roster as a kind of {@link StagedImport}: the target is the class; the file is streamed through
 * {@link RosterImportParser} against the school's students; the preview is the whole parse (rows, problems, the
 * offered 学号 padding and, once accepted, the padding the confirm applies again); confirm creates or updates every
 * student with their prior scores.
 */
@Component
public class RosterImportKind implements ImportKind<RosterImportPreview, RosterImportPreview> {

    public static final String PURPOSE = "roster-import";

    private final SpreadsheetReader reader;
    private final RosterImportParser parser;
    private final ClassAccess access;
    private final StudentRepository students;
    private final StudentScoreRepository scores;
    private final ClassDirectory classes;
    private final SubjectDirectory subjects;
    private final RosterService roster;
    private final AuditTrail audit;

    RosterImportKind(SpreadsheetReader reader, RosterImportParser parser, ClassAccess access,
                     StudentRepository students, StudentScoreRepository scores, ClassDirectory classes,
                     SubjectDirectory subjects, RosterService roster, AuditTrail audit) {
        this.reader = reader;
        this.parser = parser;
        this.access = access;
        this.students = students;
        this.scores = scores;
        this.classes = classes;
        this.subjects = subjects;
        this.roster = roster;
        this.audit = audit;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Class<RosterImportPreview> previewType() {
        return RosterImportPreview.class;
    }

    @Override
    public String messagePrefix() {
        return "rosterimport";
    }

    @Override
    public void requireAccess(HezuoUser user, long classId) {
        access.requireManage(user, classId);
    }

    /**
     * The fix for 学号 that lost their leading zeros, as a choice on the preview: numeric 学号 shorter than
     * {@code width} are padded with zeros, in the preview and later on confirm.
     */
    public static UnaryOperator<RosterImportPreview> padTo(int width) {
        if (width < 2 || width > RosterImportParser.MAX_PAD_WIDTH) {
            throw new RuleViolationException("rosterimport.error.padWidth");
        }
        return preview -> preview.withPadWidth(width);
    }

    /** Streams the file through the parser: only the checked rows are kept, never the file's cells. */
    @Override
    public RosterImportPreview parse(HezuoUser user, long classId, String filename, byte[] content,
                                     RosterImportPreview kept) {
        Integer padWidth = kept == null ? null : kept.padWidth();
        List<Subject> subjectList = activeSubjects(user);
        SchoolClass schoolClass = classes.find(classId).orElseThrow(() -> new NotFoundException("class", classId));
        String gradeName = classes.grade(schoolClass.getGradeId()).map(Grade::getName).orElse(null);
        RosterTarget target = new RosterTarget(classId, schoolClass.getName(), gradeName, studentNoWidth(classId));
        RosterImportParser.Streaming streaming = parser.streaming(subjectList.stream().map(Subject::getName).toList(),
                existingStudents(user.schoolId(), classId, subjectList), target, padWidth);
        reader.stream(filename, content, streaming);
        return streaming.finish();
    }

    @Override
    public RosterImportPreview preview(HezuoUser user, long classId, RosterImportPreview parsed) {
        return parsed;
    }

    @Override
    public void apply(HezuoUser user, long classId, String filename, RosterImportPreview preview) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        Map<String, Long> subjectIds = activeSubjects(user).stream()
                .collect(Collectors.toMap(Subject::getName, Subject::getId));
        for (RosterImportRow row : preview.rows()) {
            apply(user, schoolClass, row, subjectIds, preview.scoreSubjects());
        }
        audit.record("IMPORT", "SchoolClass", classId, AuditText.of("audit.msg.roster.import", filename,
                preview.toCreate(), preview.toUpdate()));
    }

    private void apply(HezuoUser user, SchoolClass schoolClass, RosterImportRow row, Map<String, Long> subjectIds,
                       List<String> fileSubjects) {
        Map<Long, BigDecimal> rowScores = new HashMap<>();
        // A subject column present in the file but empty for this student clears the stored score.
        fileSubjects.forEach(name -> rowScores.put(subjectIds.get(name), row.scores().get(name)));
        if (row.action() == RosterImportRow.Action.CREATE) {
            Student student = new Student(user.schoolId(), schoolClass.getId(), row.studentNo(), row.name(),
                    Gender.valueOf(row.gender()));
            student.setPersonality(emptyToNull(row.personality()));
            student.setNotes(emptyToNull(row.notes()));
            students.save(student);
            roster.saveScores(student.getId(), rowScores, Changes.of());
            audit.record("CREATE", "Student", student.getId(), AuditText.of("audit.msg.roster.created", row.studentNo(),
                    row.name()));
            return;
        }
        Student student = students.findById(row.existingStudentId())
                .orElseThrow(() -> new NotFoundException("student", row.existingStudentId()));
        Changes changes = Changes.of().field("name", student.getName(), row.name())
                .field("gender", student.getGender(), Gender.valueOf(row.gender()));
        student.setName(row.name());
        student.setGender(Gender.valueOf(row.gender()));
        if (row.personality() != null) {
            changes.field("personality", student.getPersonality(), emptyToNull(row.personality()));
            student.setPersonality(emptyToNull(row.personality()));
        }
        if (row.notes() != null) {
            changes.field("notes", student.getNotes(), emptyToNull(row.notes()));
            student.setNotes(emptyToNull(row.notes()));
        }
        roster.saveScores(student.getId(), rowScores, changes);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", "Student", student.getId(), AuditText.of("audit.msg.roster.updated",
                    changes.text(row.studentNo() + " " + row.name())));
        }
    }

    /** The most common length of the class's all-digit 学号 (e.g. 6 for 070101), or null when it has none. */
    private Integer studentNoWidth(long classId) {
        return students.findByClassIdOrderByStudentNoAsc(classId).stream().map(Student::getStudentNo)
                .filter(no -> !no.isEmpty() && no.chars().allMatch(Character::isDigit))
                .collect(Collectors.groupingBy(String::length, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Every student of the school by 学号, with details for the target class's students (one query each). */
    private Function<String, Optional<ExistingStudent>> existingStudents(long schoolId, long classId,
                                                                        List<Subject> subjectList) {
        Map<String, Student> byNo = students.findBySchoolId(schoolId).stream()
                .collect(Collectors.toMap(Student::getStudentNo, Function.identity()));
        Map<Long, String> classNames = classes.ofSchool(schoolId).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        Map<Long, String> subjectNames = subjectList.stream().collect(Collectors.toMap(Subject::getId, Subject::getName));
        List<Long> classStudentIds = byNo.values().stream().filter(s -> s.getClassId() == classId)
                .map(Student::getId).toList();
        Map<Long, Map<String, BigDecimal>> scoresByStudent = new HashMap<>();
        if (!classStudentIds.isEmpty()) {
            scores.findByStudentIdIn(classStudentIds).stream().filter(s -> subjectNames.containsKey(s.getSubjectId()))
                    .forEach(s -> scoresByStudent.computeIfAbsent(s.getStudentId(), id -> new HashMap<>())
                            .put(subjectNames.get(s.getSubjectId()), s.getScore()));
        }
        return studentNo -> Optional.ofNullable(byNo.get(studentNo)).map(s -> new ExistingStudent(s.getId(),
                s.getClassId(), classNames.get(s.getClassId()), s.getName(),
                new ExistingStudent.Details(s.getGender().name(), s.getPersonality(), s.getNotes(),
                        scoresByStudent.getOrDefault(s.getId(), Map.of()))));
    }

    private List<Subject> activeSubjects(HezuoUser user) {
        return subjects.activeOfSchool(user.schoolId());
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
