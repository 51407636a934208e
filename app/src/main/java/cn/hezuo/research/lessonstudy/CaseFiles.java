package cn.hezuo.research.lessonstudy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of a case, by plain JDBC ({@code bytea} and {@code longblob} read alike), so lists never load them: the
 * drafts' text (UTF-8) and the files attached to steps or uploaded as drafts.
 */
@Component
class CaseFiles {

    /** What a list shows of a file. */
    record Meta(long id, long caseId, Long stepId, Long draftId, FileKind kind, String filename, String contentType,
                long size, String uploadedBy, Instant uploadedAt) {
        public boolean video() {
            return kind == FileKind.VIDEO;
        }
    }

    /** A file with its content. */
    record File(Meta meta, byte[] content) {
    }

    private static final String META = "select id, case_id, step_id, draft_id, kind, filename, content_type,"
            + " size_bytes, uploaded_by, uploaded_at from research_ls_file";

    private final JdbcTemplate jdbc;
    private volatile String nextIdSql;

    CaseFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveText(long draftId, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (jdbc.update("update research_ls_draft_text set body = ? where draft_id = ?", body, draftId) == 0) {
            jdbc.update("insert into research_ls_draft_text (draft_id, body) values (?, ?)", draftId, body);
        }
    }

    String text(long draftId) {
        return jdbc.query("select body from research_ls_draft_text where draft_id = ?",
                        (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), draftId)
                .stream().findFirst().orElse("");
    }

    long save(long schoolId, long caseId, Long stepId, Long draftId, FileKind kind, String filename,
              String contentType, byte[] content, String uploadedBy, Instant at) {
        long id = nextId();
        jdbc.update("insert into research_ls_file (id, school_id, case_id, step_id, draft_id, kind, filename,"
                        + " content_type, size_bytes, content, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, schoolId, caseId, stepId, draftId, kind.name(), filename, contentType, (long) content.length,
                content, uploadedBy, Timestamp.from(at));
        return id;
    }

    List<Meta> list(long caseId) {
        return jdbc.query(META + " where case_id = ? order by uploaded_at, id", (rs, n) -> meta(rs), caseId);
    }

    Optional<Meta> meta(long caseId, long fileId) {
        return jdbc.query(META + " where id = ? and case_id = ?", (rs, n) -> meta(rs), fileId, caseId)
                .stream().findFirst();
    }

    Optional<File> find(long caseId, long fileId) {
        return meta(caseId, fileId).map(m -> new File(m, jdbc.queryForObject(
                "select content from research_ls_file where id = ?", byte[].class, fileId)));
    }

    boolean delete(long caseId, long fileId) {
        return jdbc.update("delete from research_ls_file where id = ? and case_id = ?", fileId, caseId) == 1;
    }

    void deleteOfStep(long stepId) {
        jdbc.update("delete from research_ls_file where step_id = ?", stepId);
    }

    private static Meta meta(java.sql.ResultSet rs) throws java.sql.SQLException {
        long step = rs.getLong(3);
        Long stepId = rs.wasNull() ? null : step;
        long draft = rs.getLong(4);
        Long draftId = rs.wasNull() ? null : draft;
        return new Meta(rs.getLong(1), rs.getLong(2), stepId, draftId, FileKind.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    /** An id from the one sequence every table uses (Hibernate's pooled blocks never hand out a value fetched here). */
    private long nextId() {
        if (nextIdSql == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
            nextIdSql = lower.contains("maria") || lower.contains("mysql")
                    ? "select nextval(hezuo_seq)" : "select nextval('hezuo_seq')";
        }
        Long id = jdbc.queryForObject(nextIdSql, Long.class);
        return id == null ? 0 : id;
    }
}
