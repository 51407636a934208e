package cn.hezuo.research.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Attachments kept in the database (one jar or many nodes see the same files). Plain JDBC like the upload store:
 * {@code bytea} and {@code longblob} read alike as byte arrays, and lists never load the content.
 */
@Component
class AttachmentStore {

    /** What a list shows of an attachment. */
    record Meta(long id, long activityId, String kind, String filename, long size, String uploadedBy,
                Instant uploadedAt) {
    }

    /** The file for a download. */
    record File(Meta meta, String contentType, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    AttachmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long save(long id, long schoolId, long activityId, String kind, String filename, String contentType,
              byte[] content, String uploadedBy, Instant at) {
        jdbc.update("insert into research_attachment (id, school_id, activity_id, kind, filename, content_type,"
                        + " size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, schoolId, activityId, kind, filename, contentType, (long) content.length, content, uploadedBy,
                Timestamp.from(at));
        return id;
    }

    List<Meta> list(long activityId) {
        return jdbc.query("select id, activity_id, kind, filename, size_bytes, uploaded_by, uploaded_at"
                        + " from research_attachment where activity_id = ? order by uploaded_at, id",
                (rs, n) -> new Meta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()), activityId);
    }

    Optional<File> find(long schoolId, long attachmentId) {
        return jdbc.query("select id, activity_id, kind, filename, size_bytes, uploaded_by, uploaded_at, content_type,"
                        + " content from research_attachment where id = ? and school_id = ?",
                (rs, n) -> new File(new Meta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()), rs.getString(8),
                        rs.getBytes(9)), attachmentId, schoolId).stream().findFirst();
    }

    boolean delete(long attachmentId) {
        return jdbc.update("delete from research_attachment where id = ?", attachmentId) == 1;
    }

    void deleteAll(long activityId) {
        jdbc.update("delete from research_attachment where activity_id = ?", activityId);
    }

    long nextId() {
        Long id = jdbc.queryForObject(nextIdSql(), Long.class);
        return id == null ? 0 : id;
    }

    /**
     * An id from the one sequence every table uses. Hibernate's pooled allocation uses the block ending at each value
     * it fetched, so a value fetched here is never handed out by Hibernate.
     */
    private String nextIdSql() {
        if (nextIdSql == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            String lower = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
            nextIdSql = lower.contains("maria") || lower.contains("mysql")
                    ? "select nextval(hezuo_seq)" : "select nextval('hezuo_seq')";
        }
        return nextIdSql;
    }

    private volatile String nextIdSql;
}
