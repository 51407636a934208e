package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.ImportProblems;
import cn.hezuo.spreadsheet.RowHandler;
import cn.hezuo.spreadsheet.Table;
import cn.hezuo.spreadsheet.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded table into a {@link RosterImportPreview} for one class: maps columns by header name, checks every
 * row and decides per 学号 whether the student is new or updated. Linear in the number of rows (one lookup per
 * distinct 学号), so 5,000 rows preview instantly. Fed row by row ({@link #streaming}), it keeps only the checked
 * rows, never the file's cells. Stateless.
 */
@Component
public class RosterImportParser {

    /** The longest 学号 the zero-padding fix pads to. */
    public static final int MAX_PAD_WIDTH = 20;

    /**
     * @param subjectNames      subjects whose score columns are imported, e.g. 语文, 数学
     * @param lookupByStudentNo finds a stored student by 学号 in the whole school; called once per distinct valid 学号
     * @param targetClassId     the class being imported into
     */
    public RosterImportPreview parse(Table table, List<String> subjectNames,
                                     Function<String, Optional<ExistingStudent>> lookupByStudentNo,
                                     long targetClassId) {
        return parse(table, subjectNames, lookupByStudentNo, RosterTarget.of(targetClassId), null);
    }

    public RosterImportPreview parse(Table table, List<String> subjectNames,
                                     Function<String, Optional<ExistingStudent>> lookupByStudentNo,
                                     RosterTarget target, Integer padWidth) {
        Streaming streaming = streaming(subjectNames, lookupByStudentNo, target, padWidth);
        streaming.header(table);
        table.rows().forEach(streaming::row);
        return streaming.finish();
    }

    /**
     * The same checks, fed row by row by {@link cn.hezuo.spreadsheet.SpreadsheetReader#stream}; call
     * {@link Streaming#finish()} after the reader returns.
     *
     * @param padWidth pad all-digit 学号 shorter than this with leading zeros, or null
     */
    public Streaming streaming(List<String> subjectNames, Function<String, Optional<ExistingStudent>> lookupByStudentNo,
                               RosterTarget target, Integer padWidth) {
        return new Streaming(subjectNames, lookupByStudentNo, target, padWidth);
    }

    /** Keeps the checked rows and the first hundred problems. */
    public static final class Streaming implements RowHandler {
        private final List<String> subjectNames;
        private final Function<String, Optional<ExistingStudent>> lookup;
        private final RosterTarget target;
        private final Integer padWidth;
        private final ClassNameMatch classMatch;
        private final Map<String, Integer> firstRowByStudentNo = new HashMap<>();
        private final List<RosterImportRow> rows = new ArrayList<>();
        private final ImportProblems problems = new ImportProblems();
        private RosterHeader header;
        private RosterRowChecker checker;
        private boolean headerProblems;

        private Streaming(List<String> subjectNames, Function<String, Optional<ExistingStudent>> lookup,
                          RosterTarget target, Integer padWidth) {
            this.subjectNames = subjectNames;
            this.lookup = lookup;
            this.target = target;
            this.padWidth = padWidth;
            this.classMatch = target.className() == null ? null
                    : new ClassNameMatch(target.className(), target.gradeName());
        }

        @Override
        public void header(Table table) {
            header = RosterHeader.map(table, subjectNames);
            if (!header.problems().isEmpty()) {
                problems.addAll(header.problems());
                headerProblems = true;
            }
            checker = new RosterRowChecker(header, padWidth);
        }

        @Override
        public void row(TableRow row) {
            if (headerProblems) {
                return;
            }
            List<ImportProblem> rowProblems = new ArrayList<>();
            RosterRowChecker.Checked checked = checker.check(row, rowProblems);
            checkClass(row.rowNumber(), checked, rowProblems);
            ExistingStudent existing = null;
            if (checked.studentNo() != null) {
                Integer firstRow = firstRowByStudentNo.putIfAbsent(checked.studentNo(), row.rowNumber());
                String label = header.label(RosterColumn.STUDENT_NO);
                if (firstRow != null) {
                    rowProblems.add(RosterProblem.DUPLICATE_STUDENT_NO.at(row.rowNumber(), label,
                            checked.studentNo(), String.valueOf(firstRow)));
                } else {
                    existing = lookup.apply(checked.studentNo()).orElse(null);
                    if (existing != null && existing.classId() != target.classId()) {
                        rowProblems.add(RosterProblem.STUDENT_NO_IN_OTHER_CLASS.at(row.rowNumber(), label,
                                checked.studentNo(), existing.className(), existing.name()));
                    }
                }
            }
            rows.add(toRow(row.rowNumber(), checked, existing, rowProblems.isEmpty(), header));
            problems.addAll(rowProblems);
        }

        /** A grade-wide sheet's 班级 column: every row must name the class imported into (or leave it empty). */
        private void checkClass(int rowNumber, RosterRowChecker.Checked checked, List<ImportProblem> rowProblems) {
            if (classMatch != null && !checked.className().isEmpty() && !classMatch.matches(checked.className())) {
                rowProblems.add(RosterProblem.OTHER_CLASS.at(rowNumber, header.label(RosterColumn.CLASS),
                        checked.className(), target.className()));
            }
        }

        public RosterImportPreview finish() {
            List<String> subjects = header == null ? List.of() : List.copyOf(header.subjects().keySet());
            List<ImportProblem> notes = header == null ? List.of() : new ArrayList<>(header.notes());
            if (headerProblems) {
                return new RosterImportPreview(List.of(), problems.shown(), problems.omitted(), notes, List.of(),
                        subjects, null, null);
            }
            if (checker.padded() > 0) {
                notes.add(RosterProblem.PADDED.at(header.rowNumber(), header.label(RosterColumn.STUDENT_NO),
                        String.valueOf(padWidth), String.valueOf(checker.padded())));
            }
            Integer width = padWidth != null ? null : expectedWidth();
            List<ImportProblem> warnings = new ArrayList<>();
            if (width != null) {
                String label = header.label(RosterColumn.STUDENT_NO);
                rows.stream().filter(r -> RosterRowChecker.lostLeadingZeros(r.studentNo(), width))
                        .limit(ImportProblems.SHOWN)
                        .forEach(r -> warnings.add(RosterProblem.LEADING_ZEROS_LOST.at(r.rowNumber(), label,
                                r.studentNo(), String.valueOf(width),
                                "0".repeat(width - r.studentNo().length()) + r.studentNo())));
            }
            return new RosterImportPreview(rows, problems.shown(), problems.omitted(), notes, warnings, subjects,
                    warnings.isEmpty() ? null : width, padWidth);
        }

        /**
         * The 学号 width of the class: its students' usual one, or, for an empty class, the usual width of the file's
         * 学号 that kept a leading 0 (evidence that zeros matter here).
         */
        private Integer expectedWidth() {
            if (target.studentNoWidth() != null) {
                return target.studentNoWidth();
            }
            Map<Integer, Long> widths = rows.stream().map(RosterImportRow::studentNo)
                    .filter(no -> no != null && no.startsWith("0") && no.chars().allMatch(Character::isDigit))
                    .collect(Collectors.groupingBy(String::length, Collectors.counting()));
            return widths.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        }
    }

    private static RosterImportRow toRow(int rowNumber, RosterRowChecker.Checked checked, ExistingStudent existing,
                                         boolean valid, RosterHeader header) {
        RosterImportRow.Action action = !valid ? RosterImportRow.Action.INVALID
                : existing == null ? RosterImportRow.Action.CREATE : RosterImportRow.Action.UPDATE;
        boolean update = action == RosterImportRow.Action.UPDATE;
        return new RosterImportRow(rowNumber, checked.studentNo(), checked.name(), checked.gender(),
                checked.personality(), checked.notes(), checked.scores(), action,
                update ? existing.id() : null,
                update ? RosterChanges.between(checked, existing, header) : List.of());
    }
}
