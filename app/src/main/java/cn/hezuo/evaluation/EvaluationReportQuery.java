package cn.hezuo.evaluation;

import cn.hezuo.group.PlanGroupsQuery;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums the point rows of one class over a date range with SQL (grouped in the database, not in Java).
 * Uses the actions' index on (class_id, recorded_at).
 */
@Component
class EvaluationReportQuery {

    private final JdbcTemplate jdbc;
    private final ClassGroupsQuery groups;
    private final Clock clock;
    private final PlanGroupsQuery planGroups;

    EvaluationReportQuery(JdbcTemplate jdbc, ClassGroupsQuery groups, Clock clock, PlanGroupsQuery planGroups) {
        this.planGroups = planGroups;
        this.jdbc = jdbc;
        this.groups = groups;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    EvaluationReport build(long classId, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        String where = " from eval_point p join eval_action a on a.id = p.action_id join eval_item i on i.id = a.item_id"
                + " where a.class_id = ? and a.recorded_at >= ? and a.recorded_at < ? and p.undone = false";

        List<EvaluationReport.ItemRow> byItem = jdbc.query("select i.name, i.stage, count(distinct a.id), sum(p.points)"
                        + where + " group by i.name, i.stage, i.sort_order order by i.sort_order, i.name",
                (rs, n) -> new EvaluationReport.ItemRow(rs.getString(1), Stage.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4)), classId, start, end);

        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, 0L);
        }
        jdbc.query("select i.stage, sum(p.points)" + where + " group by i.stage order by i.stage",
                rs -> {
                    stages.put(Stage.valueOf(rs.getString(1)), rs.getLong(2));
                }, classId, start, end);
        List<EvaluationReport.StageRow> byStage = stages.entrySet().stream()
                .map(e -> new EvaluationReport.StageRow(e.getKey(), e.getValue())).toList();

        Map<Long, Long> groupPoints = new HashMap<>();
        jdbc.query("select p.group_id, sum(p.points)" + where + " and p.group_id is not null group by p.group_id order by p.group_id",
                rs -> {
                    groupPoints.put(rs.getLong(1), rs.getLong(2));
                }, classId, start, end);
        Map<Long, Long> studentPoints = new HashMap<>();
        jdbc.query("select p.student_id, sum(p.points)" + where + " and p.student_id is not null group by p.student_id order by p.student_id",
                rs -> {
                    studentPoints.put(rs.getLong(1), rs.getLong(2));
                }, classId, start, end);

        // Points stay with the group they were earned in: every plan's groups that earned points in the period are
        // listed (labelled with the plan), and points that counted toward no group get their own line, so the
        // per-group sum always equals the per-stage sum.
        List<EvaluationReport.GroupRow> byGroup = planGroups.withActive(classId, groupPoints.keySet()).stream()
                .map(g -> new EvaluationReport.GroupRow(g.groupId(), g.number(), g.name(), g.planName(), g.activePlan(),
                        groupPoints.getOrDefault(g.groupId(), 0L)))
                .toList();
        Long[] ungrouped = {0L};
        jdbc.query("select sum(p.points)" + where + " and p.group_id is null", rs -> {
            ungrouped[0] = rs.getLong(1);
        }, classId, start, end);
        ClassGroups classGroups = groups.of(classId);
        List<EvaluationReport.StudentRow> byStudent = new ArrayList<>();
        for (ClassGroups.Group g : classGroups.groups()) {
            for (ClassGroups.Member m : g.members()) {
                byStudent.add(new EvaluationReport.StudentRow(g.number(), m.memberNo(), m.name(),
                        studentPoints.getOrDefault(m.studentId(), 0L)));
            }
        }
        byStudent.sort(Comparator.comparingInt(EvaluationReport.StudentRow::groupNumber)
                .thenComparingInt(EvaluationReport.StudentRow::memberNo));
        return new EvaluationReport(from, to, byItem, byStage, byGroup, ungrouped[0], byStudent);
    }
}
