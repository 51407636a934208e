package cn.hezuo.roster;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.importing.RosterImportPreview;
import cn.hezuo.roster.importing.RosterTemplate;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.spreadsheet.SpreadsheetException;
import cn.hezuo.upload.PreviewPage;
import cn.hezuo.upload.StagedImport;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/** Roster import: upload → preview (every problem by row and column) → confirm (all or nothing). */
@Controller
class RosterImportController {

    private static final Logger LOG = LoggerFactory.getLogger(RosterImportController.class);

    private final StagedImport imports;
    private final RosterImportKind kind;
    private final PreviewPage previewPage;
    private final RosterTemplate template;
    private final ClassAccess access;
    private final SubjectDirectory subjects;
    private final MessageSource messages;

    RosterImportController(StagedImport imports, RosterImportKind kind, PreviewPage previewPage,
                           RosterTemplate template, ClassAccess access, SubjectDirectory subjects,
                           MessageSource messages) {
        this.imports = imports;
        this.kind = kind;
        this.previewPage = previewPage;
        this.template = template;
        this.access = access;
        this.subjects = subjects;
        this.messages = messages;
    }

    @GetMapping("/classes/{classId}/import")
    String uploadForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        model.addAttribute("schoolClass", access.requireManage(user, classId));
        return "roster/import";
    }

    @PostMapping("/classes/{classId}/import")
    String upload(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        SchoolClass schoolClass = access.requireManage(user, classId);
        if (file == null || file.isEmpty()) {
            return uploadError(schoolClass, model, messages.getMessage("rosterimport.error.noFile", null,
                    LocaleContextHolder.getLocale()));
        }
        try {
            String uploadId = imports.upload(kind, user, classId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/classes/" + classId + "/import/" + uploadId;
        } catch (SpreadsheetException e) {
            return uploadError(schoolClass, model, messages.getMessage(e, LocaleContextHolder.getLocale()));
        } catch (RuntimeException | OutOfMemoryError e) {
            // Whatever else goes wrong with a file (even the heap running out) ends on this page, in words.
            LOG.error("roster upload {} for class {} failed", file.getOriginalFilename(), classId, e);
            return uploadError(schoolClass, model, messages.getMessage("import.error.unexpected", null,
                    LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/classes/{classId}/import/{uploadId}")
    String preview(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable String uploadId,
                   Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        RosterImportPreview preview = imports.preview(kind, user, classId, uploadId);
        model.addAttribute("schoolClass", schoolClass);
        previewPage.addTo(model, preview, uploadId, imports.filename(kind, user, classId, uploadId).orElse(""));
        model.addAttribute("warnings", previewPage.lines(preview.warnings()));
        return "roster/import-preview";
    }

    /** The fix offered for 学号 that lost their leading zeros: pad them to the class's width, then preview again. */
    @PostMapping("/classes/{classId}/import/{uploadId}/pad")
    String pad(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable String uploadId,
               @RequestParam int width) {
        access.requireManage(user, classId);
        imports.restage(kind, user, classId, uploadId, RosterImportKind.padTo(width));
        return "redirect:/classes/" + classId + "/import/" + uploadId;
    }

    @PostMapping("/classes/{classId}/import/{uploadId}/confirm")
    String confirm(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable String uploadId,
                   RedirectAttributes redirect) {
        RosterImportPreview applied = imports.confirm(kind, user, classId, uploadId);
        redirect.addFlashAttribute("noticeText", messages.getMessage("rosterimport.done",
                new Object[] {applied.toCreate(), applied.toUpdate()}, LocaleContextHolder.getLocale()));
        return "redirect:/classes/" + classId;
    }

    @GetMapping("/classes/{classId}/import/template")
    ResponseEntity<byte[]> downloadTemplate(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        byte[] body = template.create(subjects.activeOfSchool(user.schoolId())
                .stream().map(Subject::getName).limit(3).toList());
        return ExcelDownload.of(schoolClass.getName() + "-导入模板.xlsx", body);
    }

    private String uploadError(SchoolClass schoolClass, Model model, String message) {
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("uploadError", message);
        return "roster/import";
    }
}
