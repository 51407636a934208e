package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.upload.ImportPreview;
import java.util.List;

/**
 * What importing an uploaded roster would do, shown to the teacher before anything is saved, and kept with the upload
 * ({@link cn.hezuo.upload.PreviewCodec}). The import is all or nothing: any problem blocks it, so the teacher fixes
 * the file once instead of chasing half-imported rows.
 *
 * @param rows              every data row in file order; empty when the header itself is unusable
 * @param problems          errors, in row order; header problems (on the header row) come first. At most the first
 *                          {@link cn.hezuo.spreadsheet.ImportProblems#SHOWN}
 * @param omittedProblems   problems found beyond those in {@code problems}
 * @param notes             information that does not block the import, e.g. columns that will be ignored
 * @param warnings          what does not block the import but is probably wrong, e.g. a 学号 that lost its leading 0
 * @param scoreSubjects     subject names (as passed to the parser) that have a score column in the file
 * @param suggestedPadWidth the 学号 width to pad numeric 学号 to, offered as a fix when some lost their leading zeros
 * @param padWidth          the width numeric 学号 were padded to for this preview (the teacher accepted the fix)
 */
public record RosterImportPreview(List<RosterImportRow> rows, List<ImportProblem> problems, int omittedProblems,
                                  List<ImportProblem> notes, List<ImportProblem> warnings, List<String> scoreSubjects,
                                  Integer suggestedPadWidth, Integer padWidth) implements ImportPreview {

    public RosterImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notes = notes == null ? List.of() : List.copyOf(notes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        scoreSubjects = List.copyOf(scoreSubjects);
    }

    RosterImportPreview(List<RosterImportRow> rows, List<ImportProblem> problems, List<ImportProblem> notes,
                        List<String> scoreSubjects) {
        this(rows, problems, 0, notes, List.of(), scoreSubjects, null, null);
    }

    /** The same preview with the teacher's choice to pad numeric 学号 to {@code width}; parse again to apply it. */
    public RosterImportPreview withPadWidth(int width) {
        return new RosterImportPreview(rows, problems, omittedProblems, notes, warnings, scoreSubjects,
                suggestedPadWidth, width);
    }

    public List<ImportProblem> problemsAt(int rowNumber) {
        return problems.stream().filter(p -> p.rowNumber() == rowNumber).toList();
    }

    public int toCreate() {
        return count(RosterImportRow.Action.CREATE);
    }

    public int toUpdate() {
        return count(RosterImportRow.Action.UPDATE);
    }

    public int invalid() {
        return rows.size() - toCreate() - toUpdate();
    }

    @Override
    public boolean canConfirm() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    private int count(RosterImportRow.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
