package cn.hezuo.survey.questionnaire;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.upload.ImportPreview;
import java.util.List;
import java.util.Map;

/**
 * Paper answers read from an .xlsx, one row per answer sheet: for a named survey the student (by 学号), for an
 * anonymous one only the class (by 班级) — an anonymous paper sheet names nobody, and neither does its row here.
 */
public record PaperImportPreview(List<PaperRow> rows, List<ImportProblem> problems, int omittedProblems,
        List<ImportProblem> notes) implements ImportPreview {

    /** One answer sheet. */
    public record PaperRow(int rowNumber, Long studentId, String studentNo, long classId,
            Map<Long, List<Integer>> choices, Map<Long, String> texts) {
    }

    public PaperImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    @Override
    public boolean canConfirm() {
        return problems.isEmpty() && omittedProblems == 0 && !rows.isEmpty();
    }
}
