package cn.hezuo.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One term week of a class (周评): each group's points per day and per item, its week total and the
 * change against the week before. The groups are those of every plan that earned points in the week or the week
 * before, and the active plan's (labelled with their plan when there is more than one). Teachers only; printable.
 */
record WeeklyView(int week, int weekCount, LocalDate monday, List<LocalDate> days, List<String> items,
                  List<GroupWeek> groups) {

    /** True when the week's groups come from more than one plan (a regrouping in or just before the week). */
    public boolean spansPlans() {
        return groups.stream().map(GroupWeek::planName).distinct().count() > 1;
    }

    record GroupWeek(long groupId, int number, String name, String planName, List<Long> perDay, List<Long> perItem,
                     long total, long lastWeek) {
        public long trend() {
            return total - lastWeek;
        }
    }
}
