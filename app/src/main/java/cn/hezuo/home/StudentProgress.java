package cn.hezuo.home;

import java.util.List;

/**
 * What a student (and their parent) may see of the student's own points: this week and this term by item, their
 * group's totals, and their own points per week for the chart. The band is a third of the groups (前列 / 中游 / 加油),
 * present only when the teacher allows it; never a rank, never a classmate's number.
 */
public record StudentProgress(String termName, int week, List<ItemLine> items, long weekTotal, long termTotal,
                              Long groupWeekTotal, Long groupTermTotal,
                              String band, List<Integer> chartWeeks, List<Long> chartPoints) {

    /** Points on one evaluation item this week and this term; {@code praise} false for a 待改进 item. */
    public record ItemLine(String item, boolean praise, long week, long term) {
    }

    /** "1,2,3" for the chart's data attribute (numbers only, nothing to escape). */
    public String chartWeeksCsv() {
        return String.join(",", chartWeeks.stream().map(String::valueOf).toList());
    }

    public String chartPointsCsv() {
        return String.join(",", chartPoints.stream().map(String::valueOf).toList());
    }
}
