package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.ExamItemRepository;
import cn.hezuo.exam.importing.ImportSetup.ImportItem;
import cn.hezuo.exam.importing.ImportSetup.RosterStudent;
import cn.hezuo.exam.results.ExamLoader;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.roster.StudentRows;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.spreadsheet.SpreadsheetLimits;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.upload.ImportKind;
import cn.hezuo.upload.UploadSizeResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An exam's scores as a kind of {@link cn.hezuo.upload.StagedImport}: the target is the exam; the file (a district's
 * may be 60 MB) is streamed through {@link ScoreImportParser}; the kept preview holds the counts, the first rows and
 * notes only the service knows (students missing from the file, results the import replaces); confirm replaces the
 * results of the file's classes with every row.
 */
@Component
public class ScoreImportKind implements ImportKind<ScoreImportPreview, ScorePreviewView> {

    public static final String PURPOSE = "exam-import";
    /** Largest score file: a district exam (200,000 students × 40 items) is about 26 MB as CSV, 30–40 MB as .xlsx. */
    public static final long MAX_FILE_BYTES = UploadSizeResolver.LARGE_MAX_FILE_BYTES;
    /**
     * A district in one file. The file is read as a stream (see {@link SpreadsheetReader#stream}), so the row and
     * unzipped-size limits bound work, not heap; an .xls (in memory) cannot exceed 65,536 rows anyway.
     */
    static final SpreadsheetLimits LIMITS = SpreadsheetLimits.defaults().withMaxBytes(MAX_FILE_BYTES)
            .withMaxDataRows(300_000).withMaxUnzippedBytes(1024L * 1024 * 1024)
            .withMaxColumns(3 * cn.hezuo.exam.ExamService.MAX_ITEMS + 20).withMaxCells(Long.MAX_VALUE);

    private final SpreadsheetReader reader = new SpreadsheetReader(LIMITS);
    private final StudentRows studentRows;
    private final ExamAccess access;
    private final ExamItemRepository items;
    private final ClassDirectory classes;
    private final ExamResultStore results;
    private final ExamLoader loader;
    private final AuditTrail audit;
    private final Clock clock;

    ScoreImportKind(StudentRows studentRows, ExamAccess access, ExamItemRepository items,
                       ClassDirectory classes, ExamResultStore results, ExamLoader loader,
                       AuditTrail audit, Clock clock) {
        this.studentRows = studentRows;
        this.access = access;
        this.items = items;
        this.classes = classes;
        this.results = results;
        this.loader = loader;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Class<ScorePreviewView> previewType() {
        return ScorePreviewView.class;
    }

    @Override
    public String messagePrefix() {
        return "examimport";
    }

    @Override
    public void requireAccess(HezuoUser user, long examId) {
        access.requireImport(user, examId);
    }

    /** Streams the file through the parser; only the packed rows and the problems are kept. */
    @Override
    public ScoreImportPreview parse(HezuoUser user, long examId, String filename, byte[] content,
                                    ScorePreviewView kept) {
        Exam exam = access.requireImport(user, examId);
        Map<String, RosterStudent> byNo = roster(user.schoolId());
        ScoreImportParser.Streaming parser = ScoreImportParser.streaming(setup(user, exam),
                no -> Optional.ofNullable(byNo.get(no)));
        reader.stream(filename, content, parser);
        return parser.finish();
    }

    /** The counts, the first rows, the problems and the notes, with those only the service can add. */
    @Override
    public ScorePreviewView preview(HezuoUser user, long examId, ScoreImportPreview parsed) {
        return ScorePreviewView.of(withNotes(access.requireImport(user, examId), parsed));
    }

    /** Replaces the results of the file's classes with every row. */
    @Override
    public void apply(HezuoUser user, long examId, String filename, ScoreImportPreview preview) {
        Exam exam = access.requireImport(user, examId);
        List<StoredResult> rows = preview.rows().stream()
                .map(r -> r.absent() ? StoredResult.absent(examId, r.studentId(), r.classId())
                        : new StoredResult(examId, r.studentId(), r.classId(), false, r.total(), r.points(), r.options()))
                .toList();
        int replaced = results.replace(user.schoolId(), examId, preview.classIds(), rows, user.getUsername(),
                clock.instant());
        loader.warmAfterCommit(examId);
        audit.record("IMPORT", "Exam", examId, AuditText.of("audit.msg.exam.scoreImport", filename,
                exam.getName(), preview.present(), preview.absent(), classNames(user.schoolId(), preview.classIds()),
                replaced));
    }

    /** The parser's view of this exam for this user. */
    @Transactional(readOnly = true)
    public ImportSetup setup(HezuoUser user, Exam exam) {
        List<ImportItem> itemList = exam.isTotalOnly() ? List.of() : items.findByExamIdOrderBySeqAsc(exam.getId())
                .stream().map(ScoreImportKind::importItem).toList();
        Map<Long, String> classNames = classes.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        return new ImportSetup(itemList, exam.isTotalOnly() || itemList.isEmpty(), exam.getFullMarks().doubleValue(),
                new LinkedHashSet<>(access.classIds(exam.getId())), access.importableClassIds(user, exam), classNames);
    }

    private static ImportItem importItem(ExamItem item) {
        Choice key = item.getAnswerKey() == null ? null : Choice.parse(item.getAnswerKey());
        return new ImportItem(item.getLabel(), item.getMaxPoints().doubleValue(), item.isObjective(),
                item.isHalfPoints(), key);
    }

    /** The school's students by 学号, plain rows from the roster (a district has 200,000; no entities). */
    private Map<String, RosterStudent> roster(long schoolId) {
        Map<String, RosterStudent> byNo = new HashMap<>();
        studentRows.forEachOfSchool(schoolId, false, s ->
                byNo.put(s.studentNo(), new RosterStudent(s.id(), s.studentNo(), s.name(), s.classId())));
        return byNo;
    }

    /** Notes only the service can add: roster students missing from the file, results the import replaces. */
    private ScoreImportPreview withNotes(Exam exam, ScoreImportPreview preview) {
        if (!preview.canConfirm()) {
            return preview;
        }
        List<ImportProblem> notes = new ArrayList<>();
        Set<Long> inFile = new HashSet<>();
        preview.rows().forEach(r -> inFile.add(r.studentId()));
        Set<Long> fileClasses = preview.classIds();
        // One query for every class of the file (a district file has 4,000), students in 学号 order per class.
        Map<Long, List<String>> missingByClass = new java.util.TreeMap<>();
        studentRows.forEachOfSchool(exam.getSchoolId(), true, s -> {
            if (fileClasses.contains(s.classId()) && !inFile.contains(s.id())) {
                missingByClass.computeIfAbsent(s.classId(), id -> new ArrayList<>()).add(s.studentNo() + " " + s.name());
            }
        });
        Map<Long, String> names = classNameMap(exam.getSchoolId());
        missingByClass.forEach((classId, missing) -> {
            String some = String.join("、", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? "…" : "");
            notes.add(ScoreProblem.MISSING_STUDENTS.at(0, names.getOrDefault(classId, String.valueOf(classId)),
                    missing.size(), some));
        });
        Map<Long, Integer> stored = results.countsByClass(exam.getId());
        int replaced = fileClasses.stream().mapToInt(id -> stored.getOrDefault(id, 0)).sum();
        if (replaced > 0) {
            notes.add(ScoreProblem.REPLACES.at(0, classNames(exam.getSchoolId(), fileClasses), replaced));
        }
        return preview.withNotes(notes);
    }

    private Map<Long, String> classNameMap(long schoolId) {
        return classes.ofSchool(schoolId).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
    }

    private String classNames(long schoolId, Set<Long> classIds) {
        Map<Long, String> names = classNameMap(schoolId);
        return classIds.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("、"));
    }
}
