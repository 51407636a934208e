package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of a score file holds what, matched by header name in any order. Marking systems name item columns in
 * many ways, so an item labelled {@code 13} (or {@code Q13}) is found under {@code 13}, {@code Q13}, {@code Q013},
 * {@code 第13题}, {@code 13题}, {@code T13} or {@code 题13}, and its chosen option under the same name followed by
 * {@code _opt}, {@code 选项}, {@code _选项}, {@code (选项)} or {@code 作答}. An item's exact label wins over a variant.
 */
final class ScoreHeader {

    /** The fixed columns and the names they go by (compared after {@link #normalize}). */
    enum Fixed {
        STUDENT_NO("学号", "学生学号", "studentno", "student_no", "studentid", "student_id"),
        NAME("姓名", "学生姓名", "name"),
        CLASS("班级", "班别", "班", "class"),
        STATUS("考试状态", "状态", "缺考", "status"),
        TOTAL("总分", "总成绩", "成绩", "分数", "total", "score");

        final List<String> names;

        Fixed(String... names) {
            this.names = List.of(names);
        }

        String header() {
            return names.get(0);
        }
    }

    private static final List<String> OPTION_SUFFIXES =
            List.of("_opt", "opt", "-opt", ".opt", "_option", "option", "选项", "_选项", "-选项", "(选项)", "作答", "_作答");
    private static final Pattern NUMBERED = Pattern.compile("(?:q|t|第|题|小题)?0*(\\d+)题?");

    private final int rowNumber;
    private final List<String> fileHeaders;
    private final Map<Fixed, Integer> fixed = new LinkedHashMap<>();
    private final int[] pointColumns;
    private final int[] optionColumns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();

    private ScoreHeader(Table table, int items) {
        this.rowNumber = table.headerRowNumber();
        this.fileHeaders = table.headers();
        this.pointColumns = new int[items];
        this.optionColumns = new int[items];
        Arrays.fill(pointColumns, -1);
        Arrays.fill(optionColumns, -1);
    }

    static ScoreHeader map(Table table, ImportSetup setup) {
        ScoreHeader header = new ScoreHeader(table, setup.totalOnly() ? 0 : setup.items().size());
        header.match(setup);
        return header;
    }

    private void match(ImportSetup setup) {
        Map<String, Fixed> fixedNames = new HashMap<>();
        for (Fixed column : Fixed.values()) {
            column.names.forEach(name -> fixedNames.put(normalize(name), column));
        }
        Map<String, Integer> pointKeys = new HashMap<>();
        Map<String, Integer> optionKeys = new HashMap<>();
        if (!setup.totalOnly()) {
            itemKeys(setup.items(), pointKeys, optionKeys);
        }
        for (int i = 0; i < fileHeaders.size(); i++) {
            String key = normalize(fileHeaders.get(i));
            if (key.isEmpty()) {
                continue;
            }
            Fixed column = fixedNames.get(key);
            if (column != null) {
                if (fixed.putIfAbsent(column, i) != null) {
                    problems.add(ScoreProblem.DUPLICATE_COLUMN.at(rowNumber, fileHeaders.get(i), column.header()));
                }
            } else if (pointKeys.containsKey(key)) {
                assign(pointColumns, pointKeys.get(key), i, setup);
            } else if (optionKeys.containsKey(key)) {
                assign(optionColumns, optionKeys.get(key), i, setup);
            } else {
                notes.add(ScoreProblem.IGNORED_COLUMN.at(rowNumber, fileHeaders.get(i)));
            }
        }
        if (!fixed.containsKey(Fixed.STUDENT_NO)) {
            problems.add(ScoreProblem.MISSING_COLUMN.at(rowNumber, Fixed.STUDENT_NO.header()));
        }
        if (setup.totalOnly()) {
            if (!fixed.containsKey(Fixed.TOTAL)) {
                problems.add(ScoreProblem.MISSING_COLUMN.at(rowNumber, Fixed.TOTAL.header()));
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < pointColumns.length; j++) {
            ImportSetup.ImportItem item = setup.items().get(j);
            if (pointColumns[j] >= 0) {
                continue;
            }
            if (item.objective() && item.key() != null && optionColumns[j] >= 0) {
                notes.add(ScoreProblem.POINTS_FROM_KEY.at(rowNumber, fileHeaders.get(optionColumns[j]),
                        item.key().name()));
            } else {
                missing.add(item.label());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(ScoreProblem.MISSING_ITEM_COLUMNS.at(rowNumber, String.join("、", missing),
                    String.join("、", missing)));
        }
    }

    private void assign(int[] columns, int item, int column, ImportSetup setup) {
        if (columns[item] >= 0) {
            problems.add(ScoreProblem.DUPLICATE_COLUMN.at(rowNumber, fileHeaders.get(column),
                    setup.items().get(item).label()));
        } else {
            columns[item] = column;
        }
    }

    /** Exact labels first, then the numbered variants of each, then the option names of every point name. */
    private static void itemKeys(List<ImportSetup.ImportItem> items, Map<String, Integer> pointKeys,
                                 Map<String, Integer> optionKeys) {
        for (int j = 0; j < items.size(); j++) {
            pointKeys.putIfAbsent(normalize(items.get(j).label()), j);
        }
        for (int j = 0; j < items.size(); j++) {
            Matcher m = NUMBERED.matcher(normalize(items.get(j).label()));
            if (m.matches()) {
                String n = m.group(1);
                String padded = n.length() == 1 ? "0" + n : n;
                for (String variant : List.of(n, padded, "q" + n, "q" + padded, "t" + n, "第" + n + "题", n + "题",
                        "题" + n, "小题" + n)) {
                    pointKeys.putIfAbsent(variant, j);
                }
            }
        }
        pointKeys.forEach((name, j) -> OPTION_SUFFIXES.forEach(suffix -> optionKeys.putIfAbsent(name + suffix, j)));
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

    /** Column index of a fixed column, or -1. */
    int column(Fixed column) {
        return fixed.getOrDefault(column, -1);
    }

    /** The header as written in the file, or the standard name of a missing fixed column. */
    String label(Fixed column) {
        return fixed.containsKey(column) ? fileHeaders.get(fixed.get(column)) : column.header();
    }

    int pointColumn(int item) {
        return pointColumns[item];
    }

    int optionColumn(int item) {
        return optionColumns[item];
    }

    String label(int column) {
        return fileHeaders.get(column);
    }
}
