package cn.hezuo.research.summary;

import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.listen.ListenService;
import java.util.List;
import java.util.Map;

/**
 * Every number of a summary, computed from the records of one group and term up to the day it is made.
 *
 * @param held       activities held (dated up to today)
 * @param byKind     held activities per type, in the enum's order, only types that occurred
 * @param lessons    held activities that are lessons (公开课, 研究课, 同课异构 …)
 * @param attendancePercent present or late among attendance taken, rounded; null when none was taken
 * @param standings  members' listen-class counts against the minimum, furthest behind first
 */
record SummaryFigures(int held, Map<ActivityKind, Integer> byKind, int lessons, Integer attendancePercent,
                      int reflections, List<ListenService.Standing> standings, int minimum) {

    int count(ActivityKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    int listenTotal() {
        return standings.stream().mapToInt(ListenService.Standing::count).sum();
    }

    long met() {
        return standings.stream().filter(ListenService.Standing::met).count();
    }

    List<ListenService.Standing> behind() {
        return standings.stream().filter(s -> !s.met()).toList();
    }

    /** Average per member with one decimal, as the documents write it (人均 8.5 节). */
    String listenAverage() {
        return standings.isEmpty() ? "0" : String.valueOf(Math.round(10.0 * listenTotal() / standings.size()) / 10.0)
                .replaceAll("\\.0$", "");
    }
}
