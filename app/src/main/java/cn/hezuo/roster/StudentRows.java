package cn.hezuo.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's read side for bulk work in other features (a district's exam import and load: 200,000 students):
 * plain rows straight from JDBC, no entities. Other features never read the {@code student} table themselves
 * (SqlStaysInItsModuleTest).
 */
@Service
@Transactional(readOnly = true)
public class StudentRows {

    /** One student as four plain values and whether they are still on the roll. */
    public record Row(long id, String studentNo, String name, long classId, boolean active) {
    }

    private final JdbcTemplate jdbc;

    StudentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every student of the school, ordered by class and 学号 (active only if asked), handed over one by one. */
    public void forEachOfSchool(long schoolId, boolean activeOnly, Consumer<Row> sink) {
        String active = activeOnly ? " and active = true" : "";
        jdbc.query("select id, student_no, name, class_id, active from student where school_id = ?" + active
                        + " order by class_id, student_no",
                rs -> {
                    sink.accept(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getBoolean(5)));
                }, schoolId);
    }

    /** Every student of the school by id (a district exam's results name them by id). */
    public Map<Long, Row> byIdOfSchool(long schoolId) {
        Map<Long, Row> byId = new HashMap<>();
        forEachOfSchool(schoolId, false, row -> byId.put(row.id(), row));
        return byId;
    }
}
