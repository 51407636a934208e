package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.Table;
import cn.hezuo.spreadsheet.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded table into a {@link RosterImportPreview} for one class: maps columns by header name, checks every
 * row and decides per 学号 whether the student is new or updated. Linear in the number of rows (one lookup per
 * distinct 学号), so 5,000 rows preview instantly. Stateless.
 */
@Component
public class RosterImportParser {

    /**
     * @param subjectNames      subjects whose score columns are imported, e.g. 语文, 数学
     * @param lookupByStudentNo finds a stored student by 学号 in the whole school; called once per distinct valid 学号
     * @param targetClassId     the class being imported into
     */
    public RosterImportPreview parse(Table table, List<String> subjectNames,
                                     Function<String, Optional<ExistingStudent>> lookupByStudentNo,
                                     long targetClassId) {
        RosterHeader header = RosterHeader.map(table, subjectNames);
        List<String> subjects = List.copyOf(header.subjects().keySet());
        if (!header.problems().isEmpty()) {
            return new RosterImportPreview(List.of(), header.problems(), header.notes(), subjects);
        }
        RosterRowChecker checker = new RosterRowChecker(header);
        Map<String, Integer> firstRowByStudentNo = new HashMap<>();
        List<RosterImportRow> rows = new ArrayList<>(table.rows().size());
        List<ImportProblem> problems = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            RosterRowChecker.Checked checked = checker.check(row, rowProblems);
            ExistingStudent existing = null;
            if (checked.studentNo() != null) {
                Integer firstRow = firstRowByStudentNo.putIfAbsent(checked.studentNo(), row.rowNumber());
                String label = header.label(RosterColumn.STUDENT_NO);
                if (firstRow != null) {
                    rowProblems.add(RosterProblem.DUPLICATE_STUDENT_NO.at(row.rowNumber(), label,
                            checked.studentNo(), String.valueOf(firstRow)));
                } else {
                    existing = lookupByStudentNo.apply(checked.studentNo()).orElse(null);
                    if (existing != null && existing.classId() != targetClassId) {
                        rowProblems.add(RosterProblem.STUDENT_NO_IN_OTHER_CLASS.at(row.rowNumber(), label,
                                checked.studentNo(), existing.className(), existing.name()));
                    }
                }
            }
            rows.add(toRow(row.rowNumber(), checked, existing, rowProblems.isEmpty(), header));
            problems.addAll(rowProblems);
        }
        return new RosterImportPreview(rows, problems, header.notes(), subjects);
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
