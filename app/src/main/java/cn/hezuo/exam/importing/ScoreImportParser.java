package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.ImportProblems;
import cn.hezuo.exam.importing.ImportSetup.ImportItem;
import cn.hezuo.exam.importing.ImportSetup.RosterStudent;
import cn.hezuo.exam.importing.ScoreHeader.Fixed;
import cn.hezuo.exam.results.PackedScores;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.spreadsheet.RowHandler;
import cn.hezuo.spreadsheet.Table;
import cn.hezuo.spreadsheet.TableRow;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an uploaded score table into a {@link ScoreImportPreview}: every row checked, every problem with its row and
 * column. A row whose every item cell (points and options) is empty, or that is marked 缺考, is an absent student; a
 * present student's empty item cell is a blank answer worth 0 points. Students are joined by 学号, never by name.
 *
 * <p>Rows are handled one at a time and kept only in packed form, so the parser's memory grows with the number of
 * students, not of cells. Stateless.
 */
public final class ScoreImportParser {

    private static final Set<String> ABSENT_MARKS = Set.of("缺考", "缺", "缺席", "absent");
    private static final Set<String> PRESENT_MARKS = Set.of("正常", "参考", "已考", "normal", "present");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern CLASS_NUMBER = Pattern.compile("(\\d+)班$");

    private ScoreImportParser() {
    }

    /** The finest value a cell may hold. */
    private enum Step { WHOLE, HALF, TENTH }

    /**
     * @param lookup finds a student of the school by 学号
     */
    public static ScoreImportPreview parse(Table table, ImportSetup setup, Function<String, Optional<RosterStudent>> lookup) {
        Streaming streaming = streaming(setup, lookup);
        streaming.header(table);
        table.rows().forEach(streaming::row);
        return streaming.finish();
    }

    /**
     * The same checks fed row by row by {@link cn.hezuo.spreadsheet.SpreadsheetReader#stream}, for files too big to
     * hold as a table; call {@link Streaming#finish()} after the reader returns.
     */
    public static Streaming streaming(ImportSetup setup, Function<String, Optional<RosterStudent>> lookup) {
        return new Streaming(setup, lookup);
    }

    /** Keeps only the checked rows (packed) and the problems; a header problem makes it skip every row. */
    public static final class Streaming implements RowHandler {
        private final ImportSetup setup;
        private final Function<String, Optional<RosterStudent>> lookup;
        private final List<ParsedScore> rows = new ArrayList<>();
        private final ImportProblems problems = new ImportProblems();
        private final List<ImportProblem> rowProblems = new ArrayList<>();
        private final List<ImportProblem> notes = new ArrayList<>();
        private RowParser parser;
        private boolean headerProblems;

        private Streaming(ImportSetup setup, Function<String, Optional<RosterStudent>> lookup) {
            this.setup = setup;
            this.lookup = lookup;
        }

        @Override
        public void header(Table table) {
            ScoreHeader header = ScoreHeader.map(table, setup);
            notes.addAll(header.notes());
            if (!header.problems().isEmpty()) {
                problems.addAll(header.problems());
                headerProblems = true;
                return;
            }
            parser = new RowParser(header, setup, lookup);
        }

        @Override
        public void row(TableRow row) {
            if (!headerProblems) {
                rowProblems.clear();
                parser.parse(row, rowProblems, notes).ifPresent(rows::add);
                problems.addAll(rowProblems);
            }
        }

        /** The preview; only the first {@link ImportProblems#SHOWN} problems are listed, the rest counted. */
        public ScoreImportPreview finish() {
            return new ScoreImportPreview(headerProblems ? List.of() : rows, problems.shown(), notes,
                    problems.omitted());
        }
    }

    /** The row checks, with the state they share across rows (the 学号 seen so far). */
    private static final class RowParser {
        private final ScoreHeader header;
        private final ImportSetup setup;
        private final Function<String, Optional<RosterStudent>> lookup;
        private final Map<String, Integer> firstRowByStudentNo = new HashMap<>();
        private final int k;
        private final double[] points;
        private final char[] options;
        private List<Integer> scoringColumns;

        RowParser(ScoreHeader header, ImportSetup setup, Function<String, Optional<RosterStudent>> lookup) {
            this.header = header;
            this.setup = setup;
            this.lookup = lookup;
            this.k = setup.totalOnly() ? 0 : setup.items().size();
            this.points = new double[k];
            this.options = new char[k];
        }

        /** The parsed row, or empty when it has a problem (then added to {@code problems}). */
        Optional<ParsedScore> parse(TableRow row, List<ImportProblem> problems, List<ImportProblem> notes) {
            int before = problems.size();
            int r = row.rowNumber();
            RosterStudent student = student(row, problems, notes);
            boolean absent = checkAbsence(row, problems);
            double total = Double.NaN;
            String packedPoints = null;
            String packedOptions = null;
            if (!absent) {
                if (setup.totalOnly()) {
                    total = number(row, header.column(Fixed.TOTAL), setup.fullMarks(), Step.TENTH, problems);
                } else {
                    total = items(row, problems);
                    packedPoints = PackedScores.packPoints(points);
                    packedOptions = new String(options);
                    checkTotal(row, total, problems);
                }
            }
            if (problems.size() > before || student == null) {
                return Optional.empty();
            }
            return Optional.of(new ParsedScore(r, student.id(), student.studentNo(), student.name(), student.classId(),
                    absent, total, packedPoints, packedOptions));
        }

        /** Finds the student and checks 学号, class and the user's right to import it. */
        private RosterStudent student(TableRow row, List<ImportProblem> problems, List<ImportProblem> notes) {
            int r = row.rowNumber();
            String noLabel = header.label(Fixed.STUDENT_NO);
            String studentNo = row.get(header.column(Fixed.STUDENT_NO));
            if (studentNo.isEmpty()) {
                problems.add(ScoreProblem.MISSING_STUDENT_NO.at(r, noLabel));
                return null;
            }
            Integer first = firstRowByStudentNo.putIfAbsent(studentNo, r);
            if (first != null) {
                problems.add(ScoreProblem.DUPLICATE_STUDENT.at(r, noLabel, studentNo, String.valueOf(first)));
                return null;
            }
            RosterStudent student = lookup.apply(studentNo).orElse(null);
            if (student == null) {
                problems.add(ScoreProblem.UNKNOWN_STUDENT.at(r, noLabel, studentNo));
                return null;
            }
            String className = setup.classNames().getOrDefault(student.classId(), "?");
            if (!setup.examClassIds().contains(student.classId())) {
                problems.add(ScoreProblem.NOT_IN_EXAM.at(r, noLabel, studentNo, student.name(), className));
                return null;
            }
            String classCell = row.get(header.column(Fixed.CLASS));
            if (!classCell.isEmpty() && !sameClass(classCell, className)) {
                problems.add(ScoreProblem.WRONG_CLASS.at(r, header.label(Fixed.CLASS), classCell, studentNo, className));
                return null;
            }
            if (!setup.importableClassIds().contains(student.classId())) {
                problems.add(ScoreProblem.NOT_YOUR_CLASS.at(r, noLabel, studentNo, className));
                return null;
            }
            String nameCell = row.get(header.column(Fixed.NAME));
            if (!nameCell.isEmpty() && !nameCell.equals(student.name())) {
                notes.add(ScoreProblem.NAME_DIFFERS.at(r, header.label(Fixed.NAME), studentNo, student.name()));
            }
            return student;
        }

        /**
         * Absent (缺考) when the status column says so, when every scoring cell is empty, or when the scoring cells hold
         * nothing but 缺考 marks. A 缺考 status with scores in the row is a problem.
         */
        private boolean checkAbsence(TableRow row, List<ImportProblem> problems) {
            int r = row.rowNumber();
            boolean markedAbsent = false;
            int statusColumn = header.column(Fixed.STATUS);
            String status = row.get(statusColumn);
            if (!status.isEmpty()) {
                String mark = status.toLowerCase(Locale.ROOT);
                if (ABSENT_MARKS.contains(mark) || mark.equals("是") || mark.equals("√") || mark.equals("1")) {
                    markedAbsent = true;
                } else if (!PRESENT_MARKS.contains(mark) && !mark.equals("否") && !mark.equals("0")) {
                    problems.add(ScoreProblem.BAD_STATUS.at(r, header.label(Fixed.STATUS), status));
                }
            }
            boolean anyScore = false;
            boolean anyAbsentMark = false;
            if (scoringColumns == null) {
                scoringColumns = scoringColumns();
            }
            for (int column : scoringColumns) {
                String cell = row.get(column);
                if (cell.isEmpty()) {
                    continue;
                }
                // Scores start with a digit; only other text can be a 缺考 mark.
                if (cell.charAt(0) > '9' && ABSENT_MARKS.contains(cell.toLowerCase(Locale.ROOT))) {
                    anyAbsentMark = true;
                } else {
                    anyScore = true;
                }
            }
            if ((markedAbsent || anyAbsentMark) && anyScore) {
                problems.add(ScoreProblem.ABSENT_WITH_SCORES.at(r, markedAbsent ? header.label(Fixed.STATUS)
                        : header.label(Fixed.TOTAL)));
                return true;
            }
            return markedAbsent || !anyScore;
        }

        private List<Integer> scoringColumns() {
            List<Integer> columns = new ArrayList<>();
            if (setup.totalOnly()) {
                columns.add(header.column(Fixed.TOTAL));
                return columns;
            }
            for (int j = 0; j < k; j++) {
                if (header.pointColumn(j) >= 0) {
                    columns.add(header.pointColumn(j));
                }
                if (header.optionColumn(j) >= 0) {
                    columns.add(header.optionColumn(j));
                }
            }
            return columns;
        }

        /** Fills {@code points} and {@code options} for a present student; returns the total. */
        private double items(TableRow row, List<ImportProblem> problems) {
            double total = 0;
            for (int j = 0; j < k; j++) {
                ImportItem item = setup.items().get(j);
                Choice choice = null;
                if (item.objective()) {
                    choice = option(row, j, problems);
                    options[j] = PackedScores.optionChar(choice);
                } else {
                    options[j] = PackedScores.SUBJECTIVE;
                }
                int column = header.pointColumn(j);
                double x;
                if (column < 0) {
                    // Objective item scored from the options: full marks for the key, else 0.
                    x = choice == item.key() ? item.maxPoints() : 0;
                } else {
                    x = number(row, column, item.maxPoints(), item.halfPoints() ? Step.HALF : Step.WHOLE, problems);
                    x = Double.isNaN(x) ? 0 : x;
                }
                points[j] = x;
                total += x;
            }
            return total;
        }

        private Choice option(TableRow row, int item, List<ImportProblem> problems) {
            int column = header.optionColumn(item);
            String cell = row.get(column);
            if (column < 0 || cell.isEmpty()) {
                return Choice.BLANK;
            }
            String text = cell.length() == 1 && cell.charAt(0) < 128 ? cell.toUpperCase(Locale.ROOT)
                    : Normalizer.normalize(cell, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
            return switch (text) {
                case "A" -> Choice.A;
                case "B" -> Choice.B;
                case "C" -> Choice.C;
                case "D" -> Choice.D;
                default -> {
                    problems.add(ScoreProblem.BAD_OPTION.at(row.rowNumber(), header.label(column), cell));
                    yield Choice.BLANK;
                }
            };
        }

        /**
         * A points cell: empty is 0 (a blank answer); otherwise a number in [0, max] in the given steps (an item's
         * points are whole, or halves where the item allows them; a total may have one decimal). NaN after a problem.
         */
        private double number(TableRow row, int column, double max, Step step, List<ImportProblem> problems) {
            String cell = row.get(column);
            if (cell.isEmpty()) {
                return 0;
            }
            double fast = plainNumber(cell, max, step);
            if (!Double.isNaN(fast)) {
                return fast;
            }
            int r = row.rowNumber();
            String label = header.label(column);
            String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
            if (!NUMBER.matcher(text).matches()) {
                problems.add(ScoreProblem.NOT_A_NUMBER.at(r, label, cell));
                return Double.NaN;
            }
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                problems.add(ScoreProblem.NEGATIVE.at(r, label, cell));
                return Double.NaN;
            }
            if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
                problems.add(ScoreProblem.ABOVE_MAX.at(r, label, cell, PackedScores.format(max)));
                return Double.NaN;
            }
            if (step == Step.TENTH ? value.stripTrailingZeros().scale() > 1
                    : value.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                problems.add(ScoreProblem.TOO_PRECISE.at(r, label, cell));
                return Double.NaN;
            }
            if (step == Step.WHOLE && value.stripTrailingZeros().scale() > 0) {
                problems.add(ScoreProblem.HALF_POINT_NOT_ALLOWED.at(r, label, cell));
                return Double.NaN;
            }
            return value.doubleValue();
        }

        /**
         * The common case without allocation: ASCII digits with at most one decimal, already valid (in [0, max] and in
         * the step). Anything else — full-width digits, signs, problems — returns NaN for the careful path, which
         * reports it.
         */
        private static double plainNumber(String cell, double max, Step step) {
            long whole = 0;
            int decimals = 0;
            int fraction = 0;
            boolean dot = false;
            int length = cell.length();
            if (length == 0 || length > 9) {
                return Double.NaN;
            }
            for (int i = 0; i < length; i++) {
                char c = cell.charAt(i);
                if (c == '.' && !dot && i > 0) {
                    dot = true;
                } else if (c >= '0' && c <= '9') {
                    if (dot) {
                        if (++decimals > 1) {
                            return Double.NaN;
                        }
                        fraction = c - '0';
                    } else {
                        whole = whole * 10 + (c - '0');
                    }
                } else {
                    return Double.NaN;
                }
            }
            boolean fits = switch (step) {
                case WHOLE -> fraction == 0;
                case HALF -> fraction == 0 || fraction == 5;
                case TENTH -> true;
            };
            double value = whole + fraction / 10.0;
            return fits && value <= max ? value : Double.NaN;
        }

        /** When the file also has 总分, it must be the sum of the item points (a shifted column shows up here). */
        private void checkTotal(TableRow row, double total, List<ImportProblem> problems) {
            int column = header.column(Fixed.TOTAL);
            String cell = row.get(column);
            if (column < 0 || cell.isEmpty()) {
                return;
            }
            String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
            if (!NUMBER.matcher(text).matches()) {
                problems.add(ScoreProblem.NOT_A_NUMBER.at(row.rowNumber(), header.label(column), cell));
            } else if (Math.abs(new BigDecimal(text).doubleValue() - total) > 1e-6) {
                problems.add(ScoreProblem.TOTAL_MISMATCH.at(row.rowNumber(), header.label(column), cell,
                        PackedScores.format(total)));
            }
        }

        /** "七年级1班" may be written in full, as "1班", or as just "1". */
        private static boolean sameClass(String cell, String className) {
            String written = ScoreHeader.normalize(cell);
            String actual = ScoreHeader.normalize(className);
            if (written.equals(actual) || (written.endsWith("班") && actual.endsWith(written))) {
                return true;
            }
            Matcher number = CLASS_NUMBER.matcher(actual);
            return number.find() && written.replaceFirst("^0+", "").equals(number.group(1).replaceFirst("^0+", ""));
        }
    }
}
