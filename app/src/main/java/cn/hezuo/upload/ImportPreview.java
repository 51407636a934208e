package cn.hezuo.upload;

import cn.hezuo.spreadsheet.ImportProblem;
import java.util.List;

/**
 * What every staged import's parse result and preview can say, and what the shared preview fragment
 * ({@code templates/upload/preview.html}) shows: the problems by row and column (the first
 * {@link cn.hezuo.spreadsheet.ImportProblems#SHOWN}, the rest counted), notes that do not block the import, and
 * whether it can be confirmed. Implementations are records, so {@link PreviewCodec} can keep them with the upload.
 */
public interface ImportPreview {

    /** Errors in row order, header problems first; at most the first hundred. */
    List<ImportProblem> problems();

    /** Problems found beyond those in {@link #problems()}. */
    int omittedProblems();

    /** What does not block the import (ignored columns, a different name …). */
    List<ImportProblem> notes();

    /** No problem and at least one row: all or nothing. */
    boolean canConfirm();

    /** All problems, listed or not. */
    default int problemCount() {
        return problems().size() + omittedProblems();
    }
}
