package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.TableRow;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks the cells of one roster row, one method per rule, adding a problem for each broken rule. */
final class RosterRowChecker {

    static final int MAX_STUDENT_NO_LENGTH = 32;
    static final int MAX_NAME_LENGTH = 50;
    static final int MAX_NOTES_LENGTH = 500;
    static final BigDecimal MIN_SCORE = BigDecimal.ZERO;
    static final BigDecimal MAX_SCORE = BigDecimal.valueOf(150);
    static final String ABSENT = "缺考";

    private static final Pattern STUDENT_NO = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    // \s alone misses the full-width space U+3000 that teachers type with a Chinese input method.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final Map<String, String> GENDERS = Map.of(
            "男", "M", "女", "F", "男生", "M", "女生", "F", "男性", "M", "女性", "F",
            "m", "M", "f", "F", "male", "M", "female", "F");
    private static final Map<String, String> PERSONALITIES = Map.of(
            "外向", "外向", "内向", "内向", "外向型", "外向", "内向型", "内向");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final RosterHeader header;
    private final Integer padWidth;
    private int padded;

    RosterRowChecker(RosterHeader header) {
        this(header, null);
    }

    /** @param padWidth pad all-digit 学号 shorter than this with leading zeros (the teacher accepted the fix); or null */
    RosterRowChecker(RosterHeader header, Integer padWidth) {
        this.header = header;
        this.padWidth = padWidth;
    }

    /** How many 学号 were padded so far. */
    int padded() {
        return padded;
    }

    /** Whether the 学号 is all digits and shorter than {@code width}: a number that lost its leading zeros. */
    static boolean lostLeadingZeros(String studentNo, int width) {
        return studentNo != null && studentNo.length() < width && DIGITS.matcher(studentNo).matches();
    }

    /** The row's values, normalised; a field that breaks a rule is null and a problem is added. */
    record Checked(String studentNo, String name, String gender, String personality, String notes,
                   Map<String, BigDecimal> scores, String className) {
    }

    Checked check(TableRow row, List<ImportProblem> problems) {
        int n = row.rowNumber();
        String personality = header.has(RosterColumn.PERSONALITY) ? personality(row, n, problems) : null;
        String notes = header.has(RosterColumn.NOTES) ? notes(row, n, problems) : null;
        String className = header.has(RosterColumn.CLASS) ? cell(row, RosterColumn.CLASS) : "";
        return new Checked(studentNo(row, n, problems), name(row, n, problems), gender(row, n, problems),
                personality, notes, scores(row, n, problems), className);
    }

    // 学号: required; letters, digits and '-' only, so it survives Excel and URLs; full-width digits are accepted.
    private String studentNo(TableRow row, int n, List<ImportProblem> problems) {
        String value = Normalizer.normalize(cell(row, RosterColumn.STUDENT_NO), Normalizer.Form.NFKC);
        String label = header.label(RosterColumn.STUDENT_NO);
        if (value.isEmpty()) {
            problems.add(RosterProblem.MISSING_STUDENT_NO.at(n, label));
            return null;
        }
        if (value.length() > MAX_STUDENT_NO_LENGTH || !STUDENT_NO.matcher(value).matches()) {
            problems.add(RosterProblem.INVALID_STUDENT_NO.at(n, label, value, String.valueOf(MAX_STUDENT_NO_LENGTH)));
            return null;
        }
        if (padWidth != null && lostLeadingZeros(value, padWidth)) {
            padded++;
            return "0".repeat(padWidth - value.length()) + value;
        }
        return value;
    }

    // 姓名: required, at most 50 characters; "张　三" padded for alignment is the same person as "张三".
    private String name(TableRow row, int n, List<ImportProblem> problems) {
        String value = cell(row, RosterColumn.NAME);
        String label = header.label(RosterColumn.NAME);
        if (value.isEmpty()) {
            problems.add(RosterProblem.MISSING_NAME.at(n, label));
            return null;
        }
        boolean onlyHan = value.codePoints().filter(c -> !Character.isSpaceChar(c) && !Character.isWhitespace(c))
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String name = SPACES.matcher(value).replaceAll(onlyHan ? "" : " ");
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(RosterProblem.NAME_TOO_LONG.at(n, label, String.valueOf(MAX_NAME_LENGTH)));
            return null;
        }
        return name;
    }

    // 性别: required; 男/女 and the usual variants, English case-insensitively.
    private String gender(TableRow row, int n, List<ImportProblem> problems) {
        String value = cell(row, RosterColumn.GENDER);
        String label = header.label(RosterColumn.GENDER);
        if (value.isEmpty()) {
            problems.add(RosterProblem.MISSING_GENDER.at(n, label));
            return null;
        }
        String code = GENDERS.get(value.toLowerCase(Locale.ROOT));
        if (code == null) {
            problems.add(RosterProblem.UNKNOWN_GENDER.at(n, label, value));
        }
        return code;
    }

    // 性格: optional; empty, 外向 or 内向.
    private String personality(TableRow row, int n, List<ImportProblem> problems) {
        String value = cell(row, RosterColumn.PERSONALITY);
        if (value.isEmpty()) {
            return "";
        }
        String personality = PERSONALITIES.get(value);
        if (personality == null) {
            problems.add(RosterProblem.UNKNOWN_PERSONALITY.at(n, header.label(RosterColumn.PERSONALITY), value));
        }
        return personality;
    }

    // 备注: optional free text, bounded so it fits the database column.
    private String notes(TableRow row, int n, List<ImportProblem> problems) {
        String value = cell(row, RosterColumn.NOTES);
        if (value.codePointCount(0, value.length()) > MAX_NOTES_LENGTH) {
            problems.add(RosterProblem.NOTES_TOO_LONG.at(n, header.label(RosterColumn.NOTES),
                    String.valueOf(MAX_NOTES_LENGTH)));
            return null;
        }
        return value;
    }

    // Scores: 0–150 with at most one decimal; an empty cell or 缺考 means no score.
    private Map<String, BigDecimal> scores(TableRow row, int n, List<ImportProblem> problems) {
        Map<String, BigDecimal> scores = new HashMap<>();
        header.subjects().forEach((subject, column) -> {
            String value = Normalizer.normalize(row.get(column), Normalizer.Form.NFKC).strip();
            if (value.isEmpty() || value.equals(ABSENT)) {
                return;
            }
            String label = header.label(subject);
            if (!NUMBER.matcher(value).matches()) {
                problems.add(RosterProblem.SCORE_NOT_NUMBER.at(n, label, value));
                return;
            }
            BigDecimal score = new BigDecimal(value).stripTrailingZeros();
            if (score.compareTo(MIN_SCORE) < 0 || score.compareTo(MAX_SCORE) > 0) {
                problems.add(RosterProblem.SCORE_OUT_OF_RANGE.at(n, label, value,
                        MIN_SCORE.toPlainString(), MAX_SCORE.toPlainString()));
            } else if (score.scale() > 1) {
                problems.add(RosterProblem.SCORE_TOO_PRECISE.at(n, label, value));
            } else {
                scores.put(subject, score.scale() < 0 ? score.setScale(0) : score);
            }
        });
        return scores;
    }

    private String cell(TableRow row, RosterColumn column) {
        return row.get(header.index(column));
    }
}
