package cn.hezuo.spreadsheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems of one import, bounded: the first {@link #SHOWN} are kept to be listed, the rest only counted ("另有 N
 * 处问题未列出"). A file with a problem in every one of 200,000 rows thus costs no more memory than one with a hundred.
 */
public final class ImportProblems {

    /** How many problems an import lists. */
    public static final int SHOWN = 100;

    private final List<ImportProblem> shown = new ArrayList<>();
    private int omitted;

    public void add(ImportProblem problem) {
        if (shown.size() < SHOWN) {
            shown.add(problem);
        } else {
            omitted++;
        }
    }

    public void addAll(Collection<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    /** The first {@link #SHOWN} problems, in the order they were found. */
    public List<ImportProblem> shown() {
        return List.copyOf(shown);
    }

    /** Problems found beyond those shown. */
    public int omitted() {
        return omitted;
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }
}
