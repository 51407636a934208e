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
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.spreadsheet.SpreadsheetLimits;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.upload.StoredUpload;
import cn.hezuo.upload.UploadSizeResolver;
import cn.hezuo.upload.UploadStore;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing an exam's scores in two steps, like the roster: the upload is parsed and checked for the preview;
 * confirm parses it again inside one transaction and replaces the results of the file's classes with every row — or,
 * on any problem, writes nothing. The upload is deleted in the same transaction, so a second confirm writes nothing.
 */
@Service
public class ScoreImportService {

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
    private final JdbcTemplate jdbc;
    private final UploadStore uploads;
    private final ExamAccess access;
    private final ExamItemRepository items;
    private final SchoolClassRepository classes;
    private final ExamResultStore results;
    private final ExamLoader loader;
    private final AuditTrail audit;
    private final Clock clock;

    ScoreImportService(JdbcTemplate jdbc, UploadStore uploads, ExamAccess access, ExamItemRepository items,
                       SchoolClassRepository classes, ExamResultStore results, ExamLoader loader,
                       AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.access = access;
        this.items = items;
        this.classes = classes;
        this.results = results;
        this.loader = loader;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Parses the upload once and stores it with what the preview page shows (bad files fail here with a reason and
     * nothing is stored).
     */
    @Transactional
    public String upload(HezuoUser user, long examId, String filename, byte[] content) {
        Exam exam = access.requireImport(user, examId);
        ScorePreviewView view = ScorePreviewView.of(withNotes(exam, parse(user, exam, filename, content)));
        return uploads.save(user.schoolId(), user.getUsername(), PURPOSE, examId, filename,
                StoredContent.pack(content), ScorePreviewCodec.write(view));
    }

    /** What confirming would store, every problem by row and column: as the upload found it, without parsing again. */
    @Transactional(readOnly = true)
    public ScorePreviewView preview(HezuoUser user, long examId, String uploadId) {
        Exam exam = access.requireImport(user, examId);
        StoredUpload upload = find(user, examId, uploadId);
        if (upload.preview() != null) {
            return ScorePreviewCodec.read(upload.preview());
        }
        return ScorePreviewView.of(withNotes(exam, parse(user, exam, upload)));
    }

    public Optional<String> filename(HezuoUser user, long examId, String uploadId) {
        return uploads.find(uploadId, user.getUsername(), PURPOSE, examId).map(StoredUpload::filename);
    }

    /** Stores the whole file or nothing; returns the preview that was applied (for the counts). */
    @Transactional
    public ScoreImportPreview confirm(HezuoUser user, long examId, String uploadId) {
        Exam exam = access.requireImport(user, examId);
        StoredUpload upload = find(user, examId, uploadId);
        ScoreImportPreview preview = parse(user, exam, upload);
        if (!preview.canConfirm()) {
            throw new RuleViolationException("examimport.error.notConfirmable");
        }
        if (!uploads.delete(uploadId)) {
            throw new RuleViolationException("examimport.error.alreadyImported");
        }
        List<StoredResult> rows = preview.rows().stream()
                .map(r -> r.absent() ? StoredResult.absent(examId, r.studentId(), r.classId())
                        : new StoredResult(examId, r.studentId(), r.classId(), false, r.total(), r.points(), r.options()))
                .toList();
        int replaced = results.replace(user.schoolId(), examId, preview.classIds(), rows, user.getUsername(),
                clock.instant());
        loader.warmAfterCommit(examId);
        audit.record("IMPORT", "Exam", examId, AuditText.of("audit.msg.exam.scoreImport", upload.filename(),
                exam.getName(), preview.present(), preview.absent(), classNames(user.schoolId(), preview.classIds()),
                replaced));
        return preview;
    }

    /** The parser's view of this exam for this user. */
    @Transactional(readOnly = true)
    public ImportSetup setup(HezuoUser user, Exam exam) {
        List<ImportItem> itemList = exam.isTotalOnly() ? List.of() : items.findByExamIdOrderBySeqAsc(exam.getId())
                .stream().map(ScoreImportService::importItem).toList();
        Map<Long, String> classNames = classes.findBySchoolIdOrderByGradeIdAscNameAsc(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        return new ImportSetup(itemList, exam.isTotalOnly() || itemList.isEmpty(), exam.getFullMarks().doubleValue(),
                new LinkedHashSet<>(access.classIds(exam.getId())), access.importableClassIds(user, exam), classNames);
    }

    private static ImportItem importItem(ExamItem item) {
        Choice key = item.getAnswerKey() == null ? null : Choice.parse(item.getAnswerKey());
        return new ImportItem(item.getLabel(), item.getMaxPoints().doubleValue(), item.isObjective(),
                item.isHalfPoints(), key);
    }

    /** Streams the stored file through the parser; only the packed rows and the problems are kept. */
    private ScoreImportPreview parse(HezuoUser user, Exam exam, StoredUpload upload) {
        return parse(user, exam, upload.filename(), StoredContent.unpack(upload.content()));
    }

    private ScoreImportPreview parse(HezuoUser user, Exam exam, String filename, byte[] content) {
        Map<String, RosterStudent> byNo = roster(user.schoolId());
        ScoreImportParser.Streaming parser = ScoreImportParser.streaming(setup(user, exam),
                no -> Optional.ofNullable(byNo.get(no)));
        reader.stream(filename, content, parser);
        return parser.finish();
    }

    /** The school's students by 学号, four columns straight from JDBC (a district has 200,000; no entities). */
    private Map<String, RosterStudent> roster(long schoolId) {
        Map<String, RosterStudent> byNo = new HashMap<>();
        jdbc.query("select id, student_no, name, class_id from student where school_id = ? order by id", rs -> {
            RosterStudent s = new RosterStudent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
            byNo.put(s.studentNo(), s);
        }, schoolId);
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
        jdbc.query("select id, student_no, name, class_id from student where school_id = ? and active = ?"
                + " order by class_id, student_no", rs -> {
                    long classId = rs.getLong(4);
                    if (fileClasses.contains(classId) && !inFile.contains(rs.getLong(1))) {
                        missingByClass.computeIfAbsent(classId, id -> new ArrayList<>())
                                .add(rs.getString(2) + " " + rs.getString(3));
                    }
                }, exam.getSchoolId(), true);
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

    private StoredUpload find(HezuoUser user, long examId, String uploadId) {
        return uploads.find(uploadId, user.getUsername(), PURPOSE, examId)
                .orElseThrow(() -> new RuleViolationException("examimport.error.alreadyImported"));
    }

    private Map<Long, String> classNameMap(long schoolId) {
        return classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
    }

    private String classNames(long schoolId, Set<Long> classIds) {
        Map<Long, String> names = classNameMap(schoolId);
        return classIds.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining("、"));
    }
}
