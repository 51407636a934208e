package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What importing an uploaded roster would do, shown to the teacher before anything is saved. The import is all or
 * nothing: any problem blocks it, so the teacher fixes the file once instead of chasing half-imported rows.
 *
 * <p>Only the first {@link cn.hezuo.spreadsheet.ImportProblems#SHOWN} problems are kept; {@link #omittedProblems()}
 * counts the rest.
 */
public final class RosterImportPreview {

    private final List<RosterImportRow> rows;
    private final List<ImportProblem> problems;
    private final int omittedProblems;
    private final List<ImportProblem> notes;
    private final List<ImportProblem> warnings;
    private final List<String> scoreSubjects;
    private final Integer suggestedPadWidth;
    private final Integer padWidth;
    private final Map<Integer, List<ImportProblem>> problemsByRow;
    private final int toCreate;
    private final int toUpdate;

    RosterImportPreview(List<RosterImportRow> rows, List<ImportProblem> problems, List<ImportProblem> notes,
                        List<String> scoreSubjects) {
        this(rows, problems, 0, notes, List.of(), scoreSubjects, null, null);
    }

    RosterImportPreview(List<RosterImportRow> rows, List<ImportProblem> problems, int omittedProblems,
                        List<ImportProblem> notes, List<ImportProblem> warnings, List<String> scoreSubjects,
                        Integer suggestedPadWidth, Integer padWidth) {
        this.rows = List.copyOf(rows);
        this.problems = List.copyOf(problems);
        this.omittedProblems = omittedProblems;
        this.notes = List.copyOf(notes);
        this.warnings = List.copyOf(warnings);
        this.scoreSubjects = List.copyOf(scoreSubjects);
        this.suggestedPadWidth = suggestedPadWidth;
        this.padWidth = padWidth;
        this.problemsByRow = this.problems.stream().collect(Collectors.groupingBy(ImportProblem::rowNumber));
        this.toCreate = count(RosterImportRow.Action.CREATE);
        this.toUpdate = count(RosterImportRow.Action.UPDATE);
    }

    /** Every data row in file order; empty when the header itself is unusable. */
    public List<RosterImportRow> rows() {
        return rows;
    }

    /** Errors, in row order; header problems (on the header row) come first. At most the first hundred. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Problems found beyond those in {@link #problems()}. */
    public int omittedProblems() {
        return omittedProblems;
    }

    /** Information that does not block the import, e.g. columns that will be ignored. */
    public List<ImportProblem> notes() {
        return notes;
    }

    /** What does not block the import but is probably wrong, e.g. a 学号 that lost its leading 0. */
    public List<ImportProblem> warnings() {
        return warnings;
    }

    /** The 学号 width to pad numeric 学号 to, offered as a fix when some lost their leading zeros; else null. */
    public Integer suggestedPadWidth() {
        return suggestedPadWidth;
    }

    /** The width numeric 学号 were padded to for this preview (the teacher accepted the fix); else null. */
    public Integer padWidth() {
        return padWidth;
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

    /** All problems, listed or not. */
    public int problemCount() {
        return problems.size() + omittedProblems;
    }

    public boolean canConfirm() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    private int count(RosterImportRow.Action action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
