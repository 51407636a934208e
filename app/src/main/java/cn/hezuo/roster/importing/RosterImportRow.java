package cn.hezuo.roster.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One data row of an uploaded roster, checked.
 *
 * @param rowNumber         the row number the teacher sees in Excel
 * @param gender            "M" or "F"; {@code null} when not recognised
 * @param personality       "外向", "内向" or "" (empty cell: clear); {@code null} when the file has no 性格 column
 *                          (keep what is stored) or the value is not recognised
 * @param notes             the 备注 cell, "" to clear; {@code null} when the file has no 备注 column
 * @param scores            score per subject name (as passed to the parser) for the subject columns that have a
 *                          number; a detected subject missing here was empty or "缺考"
 * @param existingStudentId the student to update, for {@link Action#UPDATE}
 * @param changedFields     for {@link Action#UPDATE}: column names whose value differs from what is stored, e.g.
 *                          "姓名", "语文"; empty when the import would change nothing
 */
public record RosterImportRow(int rowNumber, String studentNo, String name, String gender, String personality,
                              String notes, Map<String, BigDecimal> scores, Action action, Long existingStudentId,
                              List<String> changedFields) {

    public enum Action {
        /** A 学号 not yet stored: a new student in the target class. */
        CREATE,
        /** A 学号 already in the target class: the student's data is replaced by the row. */
        UPDATE,
        /** The row has problems (see {@link RosterImportPreview#problemsAt}) and will not be imported. */
        INVALID
    }

    public RosterImportRow {
        scores = Map.copyOf(scores);
        changedFields = List.copyOf(changedFields);
    }
}
