package cn.hezuo.evaluation;

import cn.hezuo.group.PlanGroupsQuery;
import cn.hezuo.school.SchoolTerm;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link WeeklyView}. Days are taken in the school's time zone in Java (date functions differ
 * between the three databases); a class's week is a few thousand rows at most.
 */
@Component
class WeeklyQuery {

    private final JdbcTemplate jdbc;
    private final PlanGroupsQuery planGroups;
    private final Clock clock;

    WeeklyQuery(JdbcTemplate jdbc, PlanGroupsQuery planGroups, Clock clock) {
        this.jdbc = jdbc;
        this.planGroups = planGroups;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    WeeklyView build(long classId, SchoolTerm term, int week) {
        LocalDate monday = term.mondayOfWeek(week);
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(monday.plusDays(d));
        }
        record Row(long groupId, LocalDate day, String item, long points) {
        }
        List<Row> rows = new ArrayList<>();
        Timestamp from = at(monday.minusWeeks(1));
        Timestamp to = at(monday.plusWeeks(1));
        jdbc.query("select p.group_id, a.recorded_at, i.name, p.points from eval_point p"
                        + " join eval_action a on a.id = p.action_id join eval_item i on i.id = a.item_id"
                        + " where a.class_id = ? and a.recorded_at >= ? and a.recorded_at < ? and p.undone = false"
                        + " and p.group_id is not null order by a.recorded_at, p.id",
                rs -> {
                    rows.add(new Row(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(clock.getZone()).toLocalDate(),
                            rs.getString(3), rs.getLong(4)));
                }, classId, from, to);
        Map<String, Integer> itemIndex = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.day().isBefore(monday)).forEach(r -> itemIndex.putIfAbsent(r.item(), itemIndex.size()));
        Map<Long, long[]> perDay = new HashMap<>();
        Map<Long, long[]> perItem = new HashMap<>();
        Map<Long, Long> lastWeek = new HashMap<>();
        for (Row r : rows) {
            if (r.day().isBefore(monday)) {
                lastWeek.merge(r.groupId(), r.points(), Long::sum);
                continue;
            }
            perDay.computeIfAbsent(r.groupId(), k -> new long[7])[(int) (r.day().toEpochDay() - monday.toEpochDay())] += r.points();
            perItem.computeIfAbsent(r.groupId(), k -> new long[itemIndex.size()])[itemIndex.get(r.item())] += r.points();
        }
        List<WeeklyView.GroupWeek> groupWeeks = new ArrayList<>();
        // Points stay with the group they were earned in: last week's groups keep their figures after a regrouping.
        // A group that earned points or was given a 周评表 that week belongs to that week, whenever its plan began.
        java.util.Set<Long> withPoints = new java.util.HashSet<>();
        rows.forEach(r -> withPoints.add(r.groupId()));
        withPoints.addAll(jdbc.queryForList("select group_id from eval_weekly_star where class_id = ? and term_id = ?"
                + " and term_week = ?", Long.class, classId, term.id(), week));
        for (PlanGroupsQuery.PlanGroup g : planGroups.withActive(classId, withPoints)) {
            if (g.activePlan() && g.planActivatedAt() != null && !withPoints.contains(g.groupId())
                    && !g.planActivatedAt().isBefore(at(monday.plusWeeks(1)).toInstant())) {
                continue; // the active plan did not exist yet in that week
            }
            long[] days7 = perDay.getOrDefault(g.groupId(), new long[7]);
            long[] items = perItem.getOrDefault(g.groupId(), new long[itemIndex.size()]);
            long total = 0;
            List<Long> dayList = new ArrayList<>();
            for (long v : days7) {
                dayList.add(v);
                total += v;
            }
            List<Long> itemList = new ArrayList<>();
            for (long v : items) {
                itemList.add(v);
            }
            groupWeeks.add(new WeeklyView.GroupWeek(g.groupId(), g.number(), g.name(), g.planName(), dayList, itemList,
                    total, lastWeek.getOrDefault(g.groupId(), 0L)));
        }
        return new WeeklyView(week, term.weekCount(), monday, days, List.copyOf(itemIndex.keySet()), groupWeeks);
    }

    private Timestamp at(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(clock.getZone()).toInstant());
    }
}
