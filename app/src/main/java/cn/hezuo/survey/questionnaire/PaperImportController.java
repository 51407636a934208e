package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.spreadsheet.SpreadsheetException;
import cn.hezuo.upload.PreviewPage;
import cn.hezuo.upload.StagedImport;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Paper answers: upload → preview (problems by row and column) → confirm (all or nothing). */
@Controller
class PaperImportController {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PaperImportController.class);

    private final StagedImport imports;
    private final PaperImportKind kind;
    private final PreviewPage previewPage;
    private final SurveyService surveys;
    private final MessageSource messages;

    PaperImportController(StagedImport imports, PaperImportKind kind, PreviewPage previewPage, SurveyService surveys,
                          MessageSource messages) {
        this.imports = imports;
        this.kind = kind;
        this.previewPage = previewPage;
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/surveys/{surveyId}/import")
    String uploadForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, Model model) {
        return formPage(surveys.require(user, surveyId), model, null);
    }

    @PostMapping("/surveys/{surveyId}/import")
    String upload(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Survey survey = surveys.require(user, surveyId);
        if (file == null || file.isEmpty()) {
            return formPage(survey, model, messages.getMessage("survey.import.error.noFile", null,
                    LocaleContextHolder.getLocale()));
        }
        try {
            String uploadId = imports.upload(kind, user, surveyId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/surveys/" + surveyId + "/import/" + uploadId;
        } catch (SpreadsheetException e) {
            return formPage(survey, model, messages.getMessage(e, LocaleContextHolder.getLocale()));
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("paper answers {} for survey {} failed", file.getOriginalFilename(), surveyId, e);
            return formPage(survey, model, messages.getMessage("import.error.unexpected", null,
                    LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/surveys/{surveyId}/import/{uploadId}")
    String preview(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, @PathVariable String uploadId,
                   Model model) {
        Survey survey = surveys.require(user, surveyId);
        PaperImportPreview preview = imports.preview(kind, user, surveyId, uploadId);
        model.addAttribute("survey", survey);
        previewPage.addTo(model, preview, uploadId, imports.filename(kind, user, surveyId, uploadId).orElse(""));
        return "survey/import-preview";
    }

    @PostMapping("/surveys/{surveyId}/import/{uploadId}/confirm")
    String confirm(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, @PathVariable String uploadId,
                   RedirectAttributes redirect) {
        PaperImportPreview applied = imports.confirm(kind, user, surveyId, uploadId);
        redirect.addFlashAttribute("noticeText", messages.getMessage("survey.import.done",
                new Object[] {applied.rows().size()}, LocaleContextHolder.getLocale()));
        return "redirect:/surveys/" + surveyId;
    }

    private String formPage(Survey survey, Model model, String error) {
        model.addAttribute("survey", survey);
        model.addAttribute("uploadError", error);
        model.addAttribute("questions", surveys.questions(survey.getId()));
        return "survey/import";
    }
}
