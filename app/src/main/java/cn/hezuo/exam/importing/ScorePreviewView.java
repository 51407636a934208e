package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.upload.ImportPreview;
import java.util.List;

/**
 * What the preview page of a score import shows, kept with the upload when it is parsed (gzip JSON, see
 * {@link cn.hezuo.upload.PreviewCodec}) so that visiting the preview again never parses the file again: the counts,
 * the file's classes, the first {@link ScoreImportController#PREVIEW_ROWS} rows, the listed problems and the notes.
 */
public record ScorePreviewView(List<ParsedScore> shownRows, int rowCount, int present, int absent, List<Long> classIds,
                               List<ImportProblem> problems, int omittedProblems, List<ImportProblem> notes)
        implements ImportPreview {

    public ScorePreviewView {
        shownRows = List.copyOf(shownRows);
        classIds = List.copyOf(classIds);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static ScorePreviewView of(ScoreImportPreview preview) {
        List<ParsedScore> rows = preview.rows();
        return new ScorePreviewView(rows.subList(0, Math.min(ScoreImportController.PREVIEW_ROWS, rows.size())),
                rows.size(), preview.present(), preview.absent(), List.copyOf(preview.classIds()), preview.problems(),
                preview.omittedProblems(), preview.notes());
    }

    @Override
    public boolean canConfirm() {
        return problems.isEmpty() && rowCount > 0;
    }
}
