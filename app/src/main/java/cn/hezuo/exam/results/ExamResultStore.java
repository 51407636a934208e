package cn.hezuo.exam.results;

import cn.hezuo.roster.StudentRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes {@code exam_result} with plain JDBC: writes are batched (1,000 rows per round trip) and reads
 * hand plain rows to the caller's builder, so an exam of 200,000 students is never held as entities.
 */
@Component
public class ExamResultStore {

    static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final LoadedExamCache loaded;
    private final StudentRows roster;

    ExamResultStore(JdbcTemplate jdbc, LoadedExamCache loaded, StudentRows roster) {
        this.jdbc = jdbc;
        this.loaded = loaded;
        this.roster = roster;
    }

    /** A stored result with the student's 学号 and name, for loading an exam. */
    public record Row(StoredResult result, String studentNo, String studentName) {
    }

    /**
     * Replaces the results of one exam for the given classes, and any earlier result of the imported students (a
     * student who moved class), with {@code rows}. Must run inside the caller's transaction, so an import writes
     * everything or nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replace(long schoolId, long examId, Collection<Long> classIds, List<StoredResult> rows, String actor,
                       Instant at) {
        loaded.forget(examId);
        int deleted = 0;
        for (Long classId : classIds) {
            deleted += jdbc.update("delete from exam_result where exam_id = ? and class_id = ?", examId, classId);
        }
        List<Object[]> strays = new ArrayList<>();
        Map<Long, Long> existingClass = new HashMap<>();
        jdbc.query("select student_id, class_id from exam_result where exam_id = ?",
                (RowCallbackHandler) rs -> existingClass.put(rs.getLong(1), rs.getLong(2)), examId);
        for (StoredResult row : rows) {
            if (existingClass.containsKey(row.studentId())) {
                strays.add(new Object[] {examId, row.studentId()});
            }
        }
        if (!strays.isEmpty()) {
            deleted += jdbc.batchUpdate("delete from exam_result where exam_id = ? and student_id = ?", strays).length;
        }
        Timestamp when = Timestamp.from(at);
        jdbc.batchUpdate("insert into exam_result (exam_id, student_id, school_id, class_id, absent, total, points,"
                        + " options, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH,
                (PreparedStatement ps, StoredResult r) -> {
                    ps.setLong(1, examId);
                    ps.setLong(2, r.studentId());
                    ps.setLong(3, schoolId);
                    ps.setLong(4, r.classId());
                    ps.setBoolean(5, r.absent());
                    if (r.total() == null) {
                        ps.setNull(6, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(6, BigDecimal.valueOf(r.total()).setScale(1, RoundingMode.HALF_UP));
                    }
                    ps.setString(7, r.points());
                    ps.setString(8, r.options());
                    ps.setString(9, actor);
                    ps.setTimestamp(10, when);
                });
        return deleted;
    }

    /**
     * Every result of the exam with the student's 学号 and name, ordered by 学号, handed to {@code sink} one by one. The
     * names come from the roster's own read side ({@link StudentRows}), never from its table; the results are sorted
     * here (200,000 rows sort in a fraction of the read).
     */
    @Transactional(readOnly = true)
    public void forEach(long examId, java.util.function.Consumer<Row> sink) {
        Long schoolId = jdbc.queryForObject("select school_id from exam where id = ?", Long.class, examId);
        Map<Long, StudentRows.Row> students = roster.byIdOfSchool(schoolId);
        List<Row> rows = new ArrayList<>();
        jdbc.query("select student_id, class_id, absent, total, points, options from exam_result where exam_id = ?",
                (RowCallbackHandler) rs -> {
                    StoredResult result = result(examId, rs);
                    StudentRows.Row student = students.get(result.studentId());
                    if (student != null) {
                        rows.add(new Row(result, student.studentNo(), student.name()));
                    }
                }, examId);
        rows.sort(java.util.Comparator.comparing(Row::studentNo));
        rows.forEach(sink);
    }

    /** The totals of one exam's students in one class, by student id (absent or without a total: left out). */
    @Transactional(readOnly = true)
    public Map<Long, Double> totalsOfClass(long examId, long classId) {
        Map<Long, Double> totals = new HashMap<>();
        jdbc.query("select student_id, total from exam_result where exam_id = ? and class_id = ? and absent = ?"
                        + " and total is not null",
                (RowCallbackHandler) rs -> totals.put(rs.getLong(1), rs.getBigDecimal(2).doubleValue()), examId, classId,
                false);
        return totals;
    }

    /** Every result of one student, all exams. */
    @Transactional(readOnly = true)
    public List<StoredResult> forStudent(long studentId) {
        return jdbc.query("select exam_id, student_id, class_id, absent, total, points, options from exam_result"
                        + " where student_id = ? order by exam_id",
                (rs, n) -> new StoredResult(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                        total(rs, 5), rs.getString(6), rs.getString(7)), studentId);
    }

    /** Present students' totals by student id (e.g. a pre-test for the experiment and early warning). */
    @Transactional(readOnly = true)
    public Map<Long, Double> presentTotals(long examId) {
        Map<Long, Double> totals = new HashMap<>();
        jdbc.query("select student_id, total from exam_result where exam_id = ? and absent = ?",
                (RowCallbackHandler) rs -> totals.put(rs.getLong(1), rs.getDouble(2)), examId, false);
        return totals;
    }

    /** Number of stored results per class. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsByClass(long examId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select class_id, count(*) from exam_result where exam_id = ? group by class_id",
                (RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)), examId);
        return counts;
    }

    /** Number of stored results per exam, for lists. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countsByExam(Collection<Long> examIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (examIds.isEmpty()) {
            return counts;
        }
        String marks = String.join(",", java.util.Collections.nCopies(examIds.size(), "?"));
        jdbc.query("select exam_id, count(*) from exam_result where exam_id in (" + marks + ") group by exam_id",
                (RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)), examIds.toArray());
        return counts;
    }

    private static StoredResult result(long examId, ResultSet rs) throws SQLException {
        return new StoredResult(examId, rs.getLong(1), rs.getLong(2), rs.getBoolean(3), total(rs, 4), rs.getString(5),
                rs.getString(6));
    }

    /** getDouble, not getBigDecimal: the same nearest double for a one-decimal total, without a BigDecimal per row. */
    private static Double total(ResultSet rs, int column) throws SQLException {
        double total = rs.getDouble(column);
        return rs.wasNull() ? null : total;
    }
}
