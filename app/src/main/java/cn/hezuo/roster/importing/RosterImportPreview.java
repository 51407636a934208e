package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What importing an uploaded roster would do, shown to the teacher before anything is saved. The import is all or
 * nothing: any problem blocks it, so the teacher fixes the file once instead of chasing half-imported rows.
 */
public final class RosterImportPreview {

    private final List<RosterImportRow> rows;
    private final List<ImportProblem> problems;
    private final List<ImportProblem> notes;
    private final List<String> scoreSubjects;
    private final Map<Integer, List<ImportProblem>> problemsByRow;
    private final int toCreate;
    private final int toUpdate;

    RosterImportPreview(List<RosterImportRow> rows, List<ImportProblem> problems, List<ImportProblem> notes,
                        List<String> scoreSubjects) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
        this.scoreSubjects = List.copyOf(scoreSubjects);
        this.problemsByRow = this.problems.stream().collect(Collectors.groupingBy(ImportProblem::rowNumber));
        this.toCreate = count(RosterImportRow.Action.CREATE);
        this.toUpdate = count(RosterImportRow.Action.UPDATE);
    }

    /** Every data row in file order; empty when the header itself is unusable. */
    public List<RosterImportRow> rows() {
        return rows;
    }

    /** Errors, in row order; header problems (on the header row) come first. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Information that does not block the import, e.g. columns that will be ignored. */
    public List<ImportProblem> notes() {
        return notes;
    }

    public List<ImportProblem> problemsAt(int rowNumber) {
        return problemsByRow.getOrDefault(rowNumber, List.of());
    }

    /** Subject names (as passed to the parser) that have a score column in the file. */
    public List<String> scoreSubjects() {
        return scoreSubjects;
    }

    public int toCreate() {
        return toCreate;
    }

    public int toUpdate() {
        return toUpdate;
    }

    public int invalid() {
        return rows.size() - toCreate - toUpdate;
    }

    public boolean canConfirm() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    private int count(RosterImportRow.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
