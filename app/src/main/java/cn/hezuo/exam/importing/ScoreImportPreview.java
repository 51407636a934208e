package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.upload.ImportPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What importing an uploaded score file would store, shown before anything is saved. All or nothing: any problem
 * blocks the whole file.
 *
 * @param rows     the rows without a problem, in file order
 * @param problems errors in row order; header problems come first
 * @param notes    what does not block the import (ignored columns, a different name, students not in the file)
 * @param omittedProblems problems found beyond the first hundred listed in {@code problems}
 */
public record ScoreImportPreview(List<ParsedScore> rows, List<ImportProblem> problems, List<ImportProblem> notes,
                                 int omittedProblems) implements ImportPreview {

    public ScoreImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public ScoreImportPreview(List<ParsedScore> rows, List<ImportProblem> problems, List<ImportProblem> notes) {
        this(rows, problems, notes, 0);
    }

    @Override
    public boolean canConfirm() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public int present() {
        return (int) rows.stream().filter(r -> !r.absent()).count();
    }

    public int absent() {
        return (int) rows.stream().filter(ParsedScore::absent).count();
    }

    /** The classes the file holds students of. */
    public Set<Long> classIds() {
        Set<Long> ids = new TreeSet<>();
        rows.forEach(r -> ids.add(r.classId()));
        return ids;
    }

    /** The same preview with more notes (added by the service, which knows the roster and the stored results). */
    public ScoreImportPreview withNotes(List<ImportProblem> more) {
        List<ImportProblem> all = new ArrayList<>(notes);
        all.addAll(more);
        return new ScoreImportPreview(rows, problems, all, omittedProblems);
    }
}
