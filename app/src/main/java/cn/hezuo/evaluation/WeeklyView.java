package cn.hezuo.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One term week of a class (周评): each group's points per day and per item, its week total and the
 * change against the week before. Teachers only; printable.
 */
record WeeklyView(int week, int weekCount, LocalDate monday, List<LocalDate> days, List<String> items,
                  List<GroupWeek> groups) {

    record GroupWeek(long groupId, int number, String name, List<Long> perDay, List<Long> perItem, long total, long lastWeek) {
        public long trend() {
            return total - lastWeek;
        }
    }
}
