package cn.hezuo.exam.importing;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.spreadsheet.SpreadsheetException;
import cn.hezuo.upload.PreviewPage;
import cn.hezuo.upload.StagedImport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Score import: upload → preview (every problem by row and column) → confirm (all or nothing); the template. */
@Controller
class ScoreImportController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScoreImportController.class);

    /** Rows shown in the preview table; the counts cover every row. */
    static final int PREVIEW_ROWS = 300;

    private final StagedImport imports;
    private final ScoreImportKind kind;
    private final PreviewPage previewPage;
    private final ExamAccess access;
    private final StudentDirectory students;
    private final ClassDirectory classes;
    private final MessageSource messages;

    ScoreImportController(StagedImport imports, ScoreImportKind kind, PreviewPage previewPage, ExamAccess access, StudentDirectory students,
                          ClassDirectory classes, MessageSource messages) {
        this.imports = imports;
        this.kind = kind;
        this.previewPage = previewPage;
        this.access = access;
        this.students = students;
        this.classes = classes;
        this.messages = messages;
    }

    @GetMapping("/exams/{examId}/import")
    String uploadForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, Model model) {
        return formPage(user, access.requireImport(user, examId), model, null);
    }

    @PostMapping("/exams/{examId}/import")
    String upload(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Exam exam = access.requireImport(user, examId);
        if (file == null || file.isEmpty()) {
            return formPage(user, exam, model, messages.getMessage("examimport.error.noFile", null, locale()));
        }
        try {
            String uploadId = imports.upload(kind, user, examId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/exams/" + examId + "/import/" + uploadId;
        } catch (SpreadsheetException e) {
            return formPage(user, exam, model, messages.getMessage(e, locale()));
        } catch (RuntimeException | OutOfMemoryError e) {
            // Whatever else goes wrong with a file (even the heap running out) ends on this page, in words.
            LOG.error("score upload {} for exam {} failed", file.getOriginalFilename(), examId, e);
            return formPage(user, exam, model, messages.getMessage("import.error.unexpected", null, locale()));
        }
    }

    @GetMapping("/exams/{examId}/import/{uploadId}")
    String preview(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, @PathVariable String uploadId,
                   Model model) {
        Exam exam = access.requireImport(user, examId);
        ScorePreviewView preview = imports.preview(kind, user, examId, uploadId);
        Map<Long, String> classNames = classNames(user);
        model.addAttribute("exam", exam);
        previewPage.addTo(model, preview, uploadId, imports.filename(kind, user, examId, uploadId).orElse(""));
        model.addAttribute("shownRows", preview.shownRows());
        model.addAttribute("classNames", classNames);
        model.addAttribute("fileClasses", preview.classIds().stream().map(classNames::get).toList());
        return "exam/import-preview";
    }

    @PostMapping("/exams/{examId}/import/{uploadId}/confirm")
    String confirm(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, @PathVariable String uploadId,
                   RedirectAttributes redirect) {
        ScoreImportPreview applied = imports.confirm(kind, user, examId, uploadId);
        redirect.addFlashAttribute("noticeText", messages.getMessage("examimport.done",
                new Object[] {applied.present(), applied.absent()}, locale()));
        return "redirect:/exams/" + examId;
    }

    @GetMapping("/exams/{examId}/import/template")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId) {
        Exam exam = access.requireImport(user, examId);
        ImportSetup setup = kind.setup(user, exam);
        Map<Long, SchoolClass> byId = classes.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, Function.identity()));
        List<ScoreTemplate.TemplateStudent> rows = new ArrayList<>();
        setup.importableClassIds().stream().map(byId::get).sorted(SchoolClass.DISPLAY_ORDER).forEach(c ->
                students.activeOfClass(c.getId()).forEach(s ->
                        rows.add(new ScoreTemplate.TemplateStudent(s.getStudentNo(), s.getName(), c.getName()))));
        return ExcelDownload.of(exam.getName() + "-成绩模板.xlsx", ScoreTemplate.create(setup, rows));
    }

    private String formPage(HezuoUser user, Exam exam, Model model, String error) {
        Map<Long, String> classNames = classNames(user);
        model.addAttribute("exam", exam);
        model.addAttribute("uploadError", error);
        model.addAttribute("importableClasses", access.importableClassIds(user, exam).stream().map(classNames::get)
                .toList());
        model.addAttribute("headers", ScoreTemplate.headers(kind.setup(user, exam)));
        return "exam/import";
    }

    private Map<Long, String> classNames(HezuoUser user) {
        return classes.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
