package cn.hezuo.research.observation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The taps of observed lessons, plain JDBC (thousands of small rows a lesson, written in one batch). The key
 * (lesson, client event id) makes a resent tap a no-op.
 */
@Component
class ObservationEventStore {

    private static final String COLUMNS = "client_event_id, observer_id, kind, code, at_ms, client_at, student_id,"
            + " correct, total, ref_id, note";

    private final JdbcTemplate jdbc;

    ObservationEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The client ids already stored for the lesson. */
    Set<String> ids(long lessonId) {
        return new HashSet<>(jdbc.queryForList("select client_event_id from research_obs_event where lesson_id = ?",
                String.class, lessonId));
    }

    List<ObservationEvent> ofLesson(long lessonId) {
        return jdbc.query("select " + COLUMNS + " from research_obs_event where lesson_id = ?"
                + " order by observer_id, at_ms, client_event_id", ObservationEventStore::row, lessonId);
    }

    List<ObservationEvent> ofObserver(long lessonId, long observerId) {
        return jdbc.query("select " + COLUMNS + " from research_obs_event where lesson_id = ? and observer_id = ?"
                + " order by at_ms, client_event_id", ObservationEventStore::row, lessonId, observerId);
    }

    void insert(long lessonId, List<ObservationEvent> events, Instant now) {
        Timestamp received = Timestamp.from(now);
        jdbc.batchUpdate("insert into research_obs_event (lesson_id, " + COLUMNS + ", received_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events, 500, (PreparedStatement ps, ObservationEvent e) -> {
                    ps.setLong(1, lessonId);
                    ps.setString(2, e.id());
                    ps.setLong(3, e.observerId());
                    ps.setString(4, e.kind().name());
                    ps.setString(5, e.code());
                    ps.setLong(6, e.atMs());
                    setLong(ps, 7, e.clientAt());
                    setLong(ps, 8, e.studentId());
                    setInt(ps, 9, e.correct());
                    setInt(ps, 10, e.total());
                    ps.setString(11, e.ref());
                    ps.setString(12, e.note());
                    ps.setTimestamp(13, received);
                });
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static ObservationEvent row(ResultSet rs, int n) throws SQLException {
        return new ObservationEvent(rs.getString(1), rs.getLong(2), Codes.Kind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getLong(5), (Long) rs.getObject(6, Long.class),
                (Long) rs.getObject(7, Long.class), (Integer) rs.getObject(8, Integer.class),
                (Integer) rs.getObject(9, Integer.class), rs.getString(10), rs.getString(11));
    }
}
