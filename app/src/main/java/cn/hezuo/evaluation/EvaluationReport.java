package cn.hezuo.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Points of a class over a date range, undone awards left out: by item, by stage, by group (group awards plus
 * bundled member points — the groups of every plan that earned points in the period, labelled with the plan),
 * the points that counted toward no group, and by student (member awards). Teachers only.
 */
record EvaluationReport(LocalDate from, LocalDate to, List<ItemRow> byItem, List<StageRow> byStage,
                        List<GroupRow> byGroup, long ungroupedPoints, List<StudentRow> byStudent) {

    record ItemRow(String item, Stage stage, long awards, long points) {
    }

    record StageRow(Stage stage, long points) {
    }

    record GroupRow(long groupId, int number, String name, String planName, boolean activePlan, long points) {
    }

    record StudentRow(int groupNumber, int memberNo, String name, long points) {
    }

    /** Sum of the group lines and the line of points that counted toward no group: always {@link #totalPoints()}. */
    public long groupedTotal() {
        return byGroup.stream().mapToLong(GroupRow::points).sum() + ungroupedPoints;
    }

    /** True when the period's groups come from more than one plan (then each group is labelled with its plan). */
    public boolean spansPlans() {
        return byGroup.stream().map(GroupRow::planName).distinct().count() > 1;
    }

    public long totalPoints() {
        return byStage.stream().mapToLong(StageRow::points).sum();
    }
}
