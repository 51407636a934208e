package cn.hezuo.upload;

import cn.hezuo.spreadsheet.ImportProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a preview page for the shared fragment {@code upload/preview :: staged}: the preview, its
 * problems and notes in the user's language, the upload's id and file name.
 */
@Component
public class PreviewPage {

    /** A problem or note of the preview, in the user's language, with the row and column it names. */
    public record ProblemLine(int rowNumber, String column, String text) {
    }

    private final MessageSource messages;

    PreviewPage(MessageSource messages) {
        this.messages = messages;
    }

    public void addTo(Model model, ImportPreview preview, String uploadId, String filename) {
        model.addAttribute("preview", preview);
        model.addAttribute("problems", lines(preview.problems()));
        model.addAttribute("notes", lines(preview.notes()));
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("filename", filename);
    }

    public List<ProblemLine> lines(List<ImportProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        return problems.stream()
                .map(p -> new ProblemLine(p.rowNumber(), p.column(), messages.getMessage(p, locale))).toList();
    }
}
