package cn.hezuo.survey.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** 课题 documents kept in the database (one jar or many nodes see the same files); lists never load the content. */
@Component
public class ProjectDocumentStore {

    /** What a list shows of a document. */
    public record Meta(long id, long projectId, DocumentKind kind, String filename, long size, String uploadedBy,
                Instant uploadedAt) {
    }

    /** The file for a download. */
    record File(Meta meta, String contentType, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private volatile String nextIdSql;

    ProjectDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long save(long schoolId, long projectId, DocumentKind kind, String filename, String contentType, byte[] content,
              String uploadedBy, Instant at) {
        long id = nextId();
        jdbc.update("insert into survey_project_document (id, school_id, project_id, kind, filename, content_type,"
                        + " size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, schoolId, projectId, kind.name(), filename, contentType, (long) content.length, content,
                uploadedBy, Timestamp.from(at));
        return id;
    }

    List<Meta> list(long projectId) {
        return jdbc.query("select id, project_id, kind, filename, size_bytes, uploaded_by, uploaded_at"
                        + " from survey_project_document where project_id = ? order by uploaded_at, id",
                (rs, n) -> new Meta(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()), projectId);
    }

    Optional<File> find(long projectId, long documentId) {
        return jdbc.query("select id, project_id, kind, filename, size_bytes, uploaded_by, uploaded_at, content_type,"
                        + " content from survey_project_document where id = ? and project_id = ?",
                (rs, n) -> new File(new Meta(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                        rs.getString(8), rs.getBytes(9)), documentId, projectId).stream().findFirst();
    }

    /**
     * An id from the one sequence every table uses. Hibernate's pooled allocation uses the block ending at each value
     * it fetched, so a value fetched here is never handed out by Hibernate.
     */
    private long nextId() {
        if (nextIdSql == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            String lower = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
            nextIdSql = lower.contains("maria") || lower.contains("mysql")
                    ? "select nextval(hezuo_seq)" : "select nextval('hezuo_seq')";
        }
        Long id = jdbc.queryForObject(nextIdSql, Long.class);
        return id == null ? 0 : id;
    }
}
