package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which column of an uploaded table holds which roster field, matched by header name in any order. An exact name
 * (学号) beats an alias (考号), so a file with both reads 学号 and ignores 考号.
 */
final class RosterHeader {

    private final int rowNumber;
    private final List<String> fileHeaders;
    private final Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
    private final Map<String, Integer> subjects = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();

    private RosterHeader(Table table) {
        this.rowNumber = table.headerRowNumber();
        this.fileHeaders = table.headers();
    }

    static RosterHeader map(Table table, List<String> subjectNames) {
        RosterHeader header = new RosterHeader(table);
        header.match(subjectNames);
        return header;
    }

    private void match(List<String> subjectNames) {
        Map<String, RosterColumn> exact = new HashMap<>();
        Map<String, RosterColumn> alias = new HashMap<>();
        for (RosterColumn column : RosterColumn.values()) {
            exact.put(normalize(column.header()), column);
            column.aliases().forEach(name -> alias.put(normalize(name), column));
        }
        Map<String, String> subjectByKey = new HashMap<>();
        subjectNames.forEach(subject -> subjectByKey.putIfAbsent(normalize(subject), subject));

        Map<String, Integer> subjectColumns = new HashMap<>();
        Map<RosterColumn, Boolean> matchedExactly = new EnumMap<>(RosterColumn.class);
        TreeSet<Integer> ignored = new TreeSet<>();
        for (int i = 0; i < fileHeaders.size(); i++) {
            String key = normalize(fileHeaders.get(i));
            if (key.isEmpty()) {
                continue;
            }
            RosterColumn column = exact.containsKey(key) ? exact.get(key) : alias.get(key);
            if (column != null) {
                offer(column, i, exact.containsKey(key), matchedExactly, ignored);
            } else if (subjectByKey.containsKey(key)) {
                String subject = subjectByKey.get(key);
                if (subjectColumns.putIfAbsent(subject, i) != null) {
                    problems.add(RosterProblem.DUPLICATE_COLUMN.at(rowNumber, fileHeaders.get(i)));
                }
            } else {
                ignored.add(i);
            }
        }
        // Report subjects in the caller's order, so previews look the same whatever the column order in the file.
        subjectNames.stream().filter(subjectColumns::containsKey).distinct()
                .forEach(subject -> subjects.put(subject, subjectColumns.get(subject)));
        ignored.forEach(i -> notes.add(RosterProblem.IGNORED_COLUMN.at(rowNumber, fileHeaders.get(i))));
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(RosterProblem.MISSING_COLUMN.at(rowNumber, column.header()));
            }
        }
    }

    private void offer(RosterColumn column, int index, boolean isExact, Map<RosterColumn, Boolean> matchedExactly,
                       TreeSet<Integer> ignored) {
        Integer previous = columns.get(column);
        if (previous == null || (isExact && !matchedExactly.get(column))) {
            if (previous != null) {
                ignored.add(previous);
            }
            columns.put(column, index);
            matchedExactly.put(column, isExact);
        } else if (isExact == matchedExactly.get(column)) {
            problems.add(RosterProblem.DUPLICATE_COLUMN.at(rowNumber, fileHeaders.get(index)));
        } else {
            ignored.add(index);
        }
    }

    /** See {@link cn.hezuo.spreadsheet.HeaderNames#normalize}. */
    static String normalize(String header) {
        return cn.hezuo.spreadsheet.HeaderNames.normalize(header);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<ImportProblem> notes() {
        return notes;
    }

    int rowNumber() {
        return rowNumber;
    }

    boolean has(RosterColumn column) {
        return columns.containsKey(column);
    }

    /** Column index of the field, or -1. */
    int index(RosterColumn column) {
        return columns.getOrDefault(column, -1);
    }

    /** The header text as written in the file, for messages; the standard name if the column is missing. */
    String label(RosterColumn column) {
        return has(column) ? fileHeaders.get(columns.get(column)) : column.header();
    }

    /** Detected subject names (as passed in) with their column index, in the caller's order. */
    Map<String, Integer> subjects() {
        return subjects;
    }

    String label(String subject) {
        return fileHeaders.get(subjects.get(subject));
    }
}
