package cn.hezuo.research.lessonstudy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** A file with its content: the bytes of the row, or the file in the store (read by range). */
    record File(Meta meta, Resource content) {
    }

    private static final String META = "select id, case_id, step_id, draft_id, kind, filename, content_type,"
            + " size_bytes, uploaded_by, uploaded_at from research_ls_file";

    private static final byte[] NONE = new byte[0];

    private final JdbcTemplate jdbc;
    private final Path root;
    private volatile String nextIdSql;

    CaseFiles(JdbcTemplate jdbc, @Value("${hezuo.lesson-study.file-dir:./data/files/lesson-study}") String root) {
        this.jdbc = jdbc;
        this.root = Path.of(root).toAbsolutePath().normalize();
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
        String stored = null;
        byte[] body = content;
        if (kind == FileKind.VIDEO) {
            stored = relativePath(schoolId, caseId, id);
            write(stored, content);
            deleteOnRollback(stored);
            body = NONE;
        }
        jdbc.update("insert into research_ls_file (id, school_id, case_id, step_id, draft_id, kind, filename,"
                        + " content_type, size_bytes, content, stored_path, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, schoolId, caseId, stepId, draftId, kind.name(), filename, contentType, (long) content.length,
                body, stored, uploadedBy, Timestamp.from(at));
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
        return meta(caseId, fileId).map(m -> new File(m, content(m)));
    }

    /** The stored file of a video (moving an old row's bytes to the store first), else the row's bytes. */
    private Resource content(Meta m) {
        String stored = storedPath(m.id());
        if (stored == null && m.kind() == FileKind.VIDEO) {
            byte[] bytes = jdbc.queryForObject("select content from research_ls_file where id = ?", byte[].class,
                    m.id());
            stored = relativePath(schoolOf(m.id()), m.caseId(), m.id());
            write(stored, bytes);
            jdbc.update("update research_ls_file set stored_path = ?, content = ? where id = ?", stored, NONE, m.id());
        }
        if (stored != null) {
            Path file = resolve(stored);
            if (!Files.isReadable(file)) {
                throw new cn.hezuo.system.NotFoundException("lesson study file in the store", m.id());
            }
            return new FileSystemResource(file);
        }
        return new ByteArrayResource(jdbc.queryForObject("select content from research_ls_file where id = ?",
                byte[].class, m.id()));
    }

    boolean delete(long caseId, long fileId) {
        String stored = storedPath(fileId);
        boolean deleted = jdbc.update("delete from research_ls_file where id = ? and case_id = ?", fileId, caseId) == 1;
        if (deleted && stored != null) {
            deleteAfterCommit(stored);
        }
        return deleted;
    }

    void deleteOfStep(long stepId) {
        List<String> stored = jdbc.queryForList("select stored_path from research_ls_file where step_id = ?"
                + " and stored_path is not null", String.class, stepId);
        jdbc.update("delete from research_ls_file where step_id = ?", stepId);
        stored.forEach(this::deleteAfterCommit);
    }

    /** Where the store keeps files (the configured directory, absolute). */
    Path root() {
        return root;
    }

    private String storedPath(long fileId) {
        return jdbc.queryForList("select stored_path from research_ls_file where id = ?", String.class, fileId)
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private long schoolOf(long fileId) {
        Long school = jdbc.queryForObject("select school_id from research_ls_file where id = ?", Long.class, fileId);
        return school == null ? 0 : school;
    }

    private static String relativePath(long schoolId, long caseId, long fileId) {
        return schoolId + "/" + caseId + "/" + fileId + ".bin";
    }

    private Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalStateException("stored path outside the file store: " + relative);
        }
        return p;
    }

    /** Writes to a temporary file beside the target, then moves it into place, so a reader never sees half a file. */
    private void write(String relative, byte[] content) {
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "up-", ".tmp");
            try {
                Files.write(tmp, content);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target, e);
        }
    }

    private void deleteQuietly(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException e) {
            // the row is gone; a file left behind is only disk space
        }
    }

    private void deleteOnRollback(String relative) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(relative);
                    }
                }
            });
        }
    }

    private void deleteAfterCommit(String relative) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        deleteQuietly(relative);
                    }
                }
            });
        } else {
            deleteQuietly(relative);
        }
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
