package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.RuleViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of working attached to questions. Plain JDBC like uploads (the column is bytea / longblob). The type is
 * decided by the file's first bytes, never its name or the browser's claim; only JPEG, PNG and WebP are kept, and they
 * are served with that type and {@code nosniff}.
 */
@Component
class PhotoStore {

    /** 2 MB: a phone photo at a sensible size; a larger one gets a message asking to shrink it. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    record StoredPhoto(String contentType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PhotoStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a checked photo and returns its id; refuses (in Chinese, naming the field) an empty, big or non-image file. */
    @Transactional
    String save(long schoolId, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolationException("mutualhelp.error.photoSize", MAX_BYTES / (1024 * 1024));
        }
        String type = imageType(bytes)
                .orElseThrow(() -> new RuleViolationException("mutualhelp.error.photoType"));
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into mh_photo (id, school_id, content_type, bytes, created_at) values (?, ?, ?, ?, ?)",
                id, schoolId, type, bytes, Timestamp.from(clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    Optional<StoredPhoto> find(String id, long schoolId) {
        List<StoredPhoto> found = jdbc.query("select content_type, bytes from mh_photo where id = ? and school_id = ?",
                (rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2)), id, schoolId);
        return found.stream().findFirst();
    }

    /** The image type by magic number: JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, WebP RIFF....WEBP. */
    static Optional<String> imageType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
