package cn.hezuo.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a student's own progress page ({@code /me}) and their parents: the points one student, or one group, earned in a
 * term, one record per week and item; undone awards left out. A group's points are its group awards plus the member
 * points that counted toward it (捆绑评价), as on the board. Classmates' numbers never leave through here: every method
 * answers for one student or one group only, and the rank band only when the class's teacher switched it on.
 */
@Component
public class StudentPointRecords {

    /** Points in one term week on one evaluation item; {@code praise} is false for a 待改进 (IMPROVE) item. */
    public record WeekItemPoints(int week, long itemId, String itemName, boolean praise, long points) {
    }

    private static final String SELECT = "select a.term_week, a.item_id, i.name, i.kind, sum(p.points)"
            + " from eval_point p join eval_action a on a.id = p.action_id join eval_item i on i.id = a.item_id"
            + " where p.class_id = ? and p.term_id = ? and p.undone = false and ";
    private static final String GROUP_BY = " group by a.term_week, a.item_id, i.name, i.kind"
            + " order by a.term_week, a.item_id";

    private final JdbcTemplate jdbc;
    private final EvaluationSettingsService settings;
    private final ClassGroupsQuery groups;
    private final PointTotals totals;

    StudentPointRecords(JdbcTemplate jdbc, EvaluationSettingsService settings, ClassGroupsQuery groups,
                        PointTotals totals) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.groups = groups;
        this.totals = totals;
    }

    /** One student's own points in a term of their class, per week and item. */
    @Transactional(readOnly = true)
    public List<WeekItemPoints> ofStudent(long classId, long studentId, long termId) {
        return query(SELECT + "p.student_id = ?" + GROUP_BY, classId, termId, studentId);
    }

    /** One group's points in a term, per week and item. */
    @Transactional(readOnly = true)
    public List<WeekItemPoints> ofGroup(long classId, long groupId, long termId) {
        return query(SELECT + "p.group_id = ?" + GROUP_BY, classId, termId, groupId);
    }

    /**
     * The band (top, middle or rest — a third of the groups, never a rank) of a group's points this term, only when
     * the class's teacher allows students to see bands (评价设置, off by default); empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<String> groupBandIfAllowed(long schoolId, long classId, long groupId, long termId) {
        if (!settings.of(schoolId, classId).isShowRankBand()) {
            return Optional.empty();
        }
        List<Long> groupIds = groups.of(classId).groupIds();
        if (!groupIds.contains(groupId)) {
            return Optional.empty();
        }
        Map<Long, Integer> groupTotals = totals.groupTotals(termId, groupIds);
        List<Integer> all = groupIds.stream().map(id -> groupTotals.getOrDefault(id, 0)).toList();
        return Optional.of(BoardQuery.band(groupTotals.getOrDefault(groupId, 0), all, all.size()));
    }

    private List<WeekItemPoints> query(String sql, Object... args) {
        List<WeekItemPoints> rows = new ArrayList<>();
        jdbc.query(sql, rs -> {
            rows.add(new WeekItemPoints(rs.getInt(1), rs.getLong(2), rs.getString(3),
                    !ItemKind.IMPROVE.name().equals(rs.getString(4)), rs.getLong(5)));
        }, args);
        return rows;
    }
}
