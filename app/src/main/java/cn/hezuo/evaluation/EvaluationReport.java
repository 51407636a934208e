package cn.hezuo.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Points of a class over a date range, undone awards left out: by item, by stage, by group (group awards plus
 * bundled member points) and by student (member awards). Teachers only.
 */
record EvaluationReport(LocalDate from, LocalDate to, List<ItemRow> byItem, List<StageRow> byStage,
                        List<GroupRow> byGroup, List<StudentRow> byStudent) {

    record ItemRow(String item, Stage stage, long awards, long points) {
    }

    record StageRow(Stage stage, long points) {
    }

    record GroupRow(long groupId, int number, String name, long points) {
    }

    record StudentRow(int groupNumber, int memberNo, String name, long points) {
    }

    long totalPoints() {
        return byStage.stream().mapToLong(StageRow::points).sum();
    }
}
