package cn.hezuo.exam.importing;

import cn.hezuo.exam.ExamService;
import cn.hezuo.exam.ItemsForm;
import cn.hezuo.spreadsheet.HeaderNames;
import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.Table;
import cn.hezuo.spreadsheet.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an exam's items from a sheet the way teachers keep a 双向细目表: one row per item with 题号 and 满分, and
 * optionally 题型, 答案, 知识点 and 半分, under whichever of the usual header names the file uses. The result fills
 * the items page for the teacher to check; nothing is saved until they press 保存 there, so a file with a
 * problem changes nothing and every problem names its row and column.
 */
public final class ItemSheetParser {

    /** The result: the rows for the items page, or the problems (then no rows). */
    public record Parsed(List<ItemsForm.Row> rows, List<ImportProblem> problems) {
    }

    static final List<String> LABEL = List.of("题号", "题次", "题目", "小题");
    static final List<String> MAX = List.of("满分", "分值", "分数", "满分值");
    static final List<String> KIND = List.of("题型", "类型", "题目类型");
    static final List<String> KEY = List.of("答案", "正确答案", "标准答案", "参考答案");
    static final List<String> POINTS = List.of("知识点", "考点", "考查知识点");
    static final List<String> HALF = List.of("半分", "允许半分", "可给半分");

    /** The template's headers, in order. */
    public static final List<String> TEMPLATE_HEADERS = List.of("题号", "题型", "满分", "答案", "知识点", "半分");

    private static final Set<String> OBJECTIVE = Set.of("客观", "客观题", "选择", "选择题", "单选", "单选题",
            "单项选择", "单项选择题", "objective", "choice", "multiplechoice");
    private static final Set<String> SUBJECTIVE = Set.of("主观", "主观题", "填空", "填空题", "解答", "解答题", "简答",
            "简答题", "计算", "计算题", "作文", "阅读", "阅读题", "综合", "实验", "实验题", "证明", "证明题",
            "subjective", "fillin", "fill-in", "blank", "essay", "open");
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("是", true), Map.entry("否", false),
            Map.entry("√", true), Map.entry("×", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("y", true), Map.entry("n", false), Map.entry("yes", true), Map.entry("no", false));

    private ItemSheetParser() {
    }

    public static Parsed parse(Table table) {
        List<ImportProblem> problems = new ArrayList<>();
        int header = table.headerRowNumber();
        Column label = find(table, LABEL);
        Column max = find(table, MAX);
        if (label == null) {
            problems.add(ImportProblem.of(header, LABEL.get(0), "itemimport.error.missingColumn"));
        }
        if (max == null) {
            problems.add(ImportProblem.of(header, MAX.get(0), "itemimport.error.missingColumn"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        Column kind = find(table, KIND);
        Column key = find(table, KEY);
        Column points = find(table, POINTS);
        Column half = find(table, HALF);
        List<ItemsForm.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableRow row : table.rows()) {
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            ItemsForm.Row item = new ItemsForm.Row();
            int n = row.rowNumber();
            String text = label.value(row);
            if (text.isEmpty() || text.length() > 20) {
                problems.add(ImportProblem.of(n, label.name, "itemimport.error.label"));
            } else if (!seen.add(text.toLowerCase(Locale.ROOT))) {
                problems.add(ImportProblem.of(n, label.name, "itemimport.error.duplicateLabel", text));
            }
            item.setLabel(text);
            item.setMaxPoints(maxPoints(max, row, problems));
            String answer = key == null ? "" : key.value(row).toUpperCase(Locale.ROOT);
            Boolean objective = objective(kind, row, answer, problems);
            item.setObjective(Boolean.TRUE.equals(objective));
            if (!answer.isEmpty()) {
                if (Boolean.FALSE.equals(objective)) {
                    problems.add(ImportProblem.of(n, key.name, "itemimport.error.keyOnSubjective", answer));
                } else if (!answer.matches("[A-D]")) {
                    problems.add(ImportProblem.of(n, key.name, "itemimport.error.key", answer));
                }
            }
            item.setAnswerKey(answer.isEmpty() ? null : answer);
            String pointText = points == null ? "" : points.value(row);
            if (pointText.length() > 400) {
                problems.add(ImportProblem.of(n, points.name, "itemimport.error.knowledgePoints"));
            }
            item.setKnowledgePoints(pointText);
            item.setHalfPoints(halfPoints(half, row, problems));
            rows.add(item);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(header, label.name, "itemimport.error.noItems"));
        } else if (rows.size() > ExamService.MAX_ITEMS) {
            problems.add(ImportProblem.of(header, label.name, "itemimport.error.tooMany", ExamService.MAX_ITEMS));
        }
        return problems.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), problems);
    }

    private static BigDecimal maxPoints(Column max, TableRow row, List<ImportProblem> problems) {
        String text = max.value(row).replace("分", "").strip();
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(200)) <= 0
                    && value.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0) {
                return cn.hezuo.system.Numbers.plain(value);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(ImportProblem.of(row.rowNumber(), max.name, "itemimport.error.maxPoints", max.value(row)));
        return null;
    }

    /** Objective, subjective, or null when the kind is unreadable (then reported). Without a kind: an answer means objective. */
    private static Boolean objective(Column kind, TableRow row, String answer, List<ImportProblem> problems) {
        String text = kind == null ? "" : kind.value(row);
        if (text.isEmpty()) {
            return !answer.isEmpty();
        }
        // "客观 ", "（主观题）", "Objective", "选择题" all count: compared like headers, brackets dropped.
        String word = HeaderNames.normalize(text).replaceAll("[()\\[\\]【】]", "");
        if (OBJECTIVE.contains(word)) {
            return true;
        }
        if (SUBJECTIVE.contains(word)) {
            return false;
        }
        problems.add(ImportProblem.of(row.rowNumber(), kind.name, "itemimport.error.kind", text));
        return null;
    }

    private static boolean halfPoints(Column half, TableRow row, List<ImportProblem> problems) {
        String text = half == null ? "" : half.value(row).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return false;
        }
        Boolean value = YES_NO.get(text);
        if (value == null) {
            problems.add(ImportProblem.of(row.rowNumber(), half.name, "itemimport.error.half", text));
            return false;
        }
        return value;
    }

    /** The first column whose header is one of the names, compared as every import compares headers. */
    private static Column find(Table table, List<String> names) {
        List<String> headers = table.headers();
        for (String name : names) {
            String wanted = HeaderNames.normalize(name);
            for (int i = 0; i < headers.size(); i++) {
                if (HeaderNames.normalize(headers.get(i)).equals(wanted)) {
                    return new Column(headers.get(i), i);
                }
            }
        }
        return null;
    }

    /** A column as the file names it. */
    private record Column(String name, int index) {
        String value(TableRow row) {
            String v = row.get(index);
            return v == null ? "" : v.strip();
        }
    }
}
