package cn.hezuo.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features (commendation): the points a class's groups and students earned in a period, summed in SQL from
 * the point rows like {@link EvaluationReportQuery}: a group's points are its group awards plus the member points that
 * counted toward it (捆绑评价); undone awards are left out. The evaluation tables are read here only.
 */
@Component
public class PointSums {

    private static final String WHERE = " from eval_point p join eval_action a on a.id = p.action_id"
            + " where a.class_id = ? and a.recorded_at >= ? and a.recorded_at < ? and p.undone = false";

    private final JdbcTemplate jdbc;

    PointSums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Group id → points earned from {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public Map<Long, Long> byGroup(long classId, Instant from, Instant to) {
        return sums("group_id", classId, from, to);
    }

    /** Student id → points earned from {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public Map<Long, Long> byStudent(long classId, Instant from, Instant to) {
        return sums("student_id", classId, from, to);
    }

    private Map<Long, Long> sums(String column, long classId, Instant from, Instant to) {
        Map<Long, Long> sums = new HashMap<>();
        jdbc.query("select p." + column + ", sum(p.points)" + WHERE + " and p." + column + " is not null group by p."
                + column + " order by p." + column, rs -> {
                    sums.put(rs.getLong(1), rs.getLong(2));
                }, classId, Timestamp.from(from), Timestamp.from(to));
        return sums;
    }
}
