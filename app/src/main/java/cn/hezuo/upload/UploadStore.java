package cn.hezuo.upload;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps uploads between preview and confirm. Plain JDBC because the content column is {@code bytea} on
 * PostgreSQL/H2 and {@code longblob} on MariaDB, which JDBC byte arrays handle alike. Lookups always
 * match the owner and purpose, so one teacher can never confirm another's upload.
 */
@Component
public class UploadStore {

    static final Duration KEEP_FOR = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UploadStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public String save(long schoolId, String owner, String purpose, Long targetId, String filename, byte[] content) {
        return save(schoolId, owner, purpose, targetId, filename, content, null);
    }

    /** Stores the upload with what parsing it found, so that showing the preview does not parse it again. */
    @Transactional
    public String save(long schoolId, String owner, String purpose, Long targetId, String filename, byte[] content,
                       byte[] preview) {
        String id = UUID.randomUUID().toString();
        String name = filename == null ? "" : filename.length() > 255 ? filename.substring(filename.length() - 255) : filename;
        jdbc.update("insert into upload (id, school_id, owner, purpose, target_id, filename, content, preview,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, schoolId, owner, purpose, targetId, name,
                content, preview, Timestamp.from(clock.instant()));
        return id;
    }

    /** Replaces the kept preview, e.g. after the teacher accepted a fix that changes how the file is read. */
    @Transactional
    public void replacePreview(String id, byte[] preview) {
        jdbc.update("update upload set preview = ? where id = ?", preview, id);
    }

    @Transactional(readOnly = true)
    public Optional<StoredUpload> find(String id, String owner, String purpose, Long targetId) {
        List<StoredUpload> found = jdbc.query("select id, school_id, owner, purpose, target_id, filename, content,"
                        + " preview from upload where id = ? and owner = ? and purpose = ?",
                (rs, n) -> new StoredUpload(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getBytes(7), rs.getBytes(8)),
                id, owner, purpose);
        return found.stream().filter(u -> targetId == null || targetId.equals(u.targetId())).findFirst();
    }

    /** Deletes the upload; false when it was already gone (a confirm retried or raced). */
    @Transactional
    public boolean delete(String id) {
        return jdbc.update("delete from upload where id = ?", id) == 1;
    }

    /** Uploads nobody confirmed within a day are dropped; one node of the cluster does it. */
    @Scheduled(cron = "0 41 3 * * *")
    @SchedulerLock(name = "uploadPurge", lockAtLeastFor = "PT1M")
    @Transactional
    public void purgeOld() {
        jdbc.update("delete from upload where created_at < ?", Timestamp.from(clock.instant().minus(KEEP_FOR)));
    }
}
