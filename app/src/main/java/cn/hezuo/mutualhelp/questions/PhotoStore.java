package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.RuleViolationException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of working attached to questions. Plain JDBC like uploads (the column is bytea / longblob). What is kept is
 * never the uploaded file: the image is decoded (JPEG or PNG, decided by its first bytes, never its name or the
 * browser's claim), scaled to at most {@value #MAX_SIDE} pixels on its longer side and written again as JPEG, so no
 * script, metadata (a phone photo's GPS position) or polyglot content survives; it is served as image/jpeg with
 * {@code nosniff}. Public so the Q&A board ({@code mutualhelp.board}) keeps its photos the same way.
 */
@Component
public class PhotoStore {

    /** 8 MB: a phone photo as taken; a larger one gets a message asking to shrink it. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The longer side of a kept photo: enough to read handwriting on a phone or a projector. */
    static final int MAX_SIDE = 1600;
    /** Refused before decoding, so a small file claiming a huge image cannot exhaust the memory. */
    static final long MAX_PIXELS = 40_000_000L;

    public record StoredPhoto(String contentType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PhotoStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a checked, re-encoded photo and returns its id; refuses (in Chinese, naming the field) a big or non-image file. */
    @Transactional
    public String save(long schoolId, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolationException("mutualhelp.error.photoSize", MAX_BYTES / (1024 * 1024));
        }
        if (imageType(bytes).isEmpty()) {
            throw new RuleViolationException("mutualhelp.error.photoType");
        }
        byte[] jpeg = reencode(bytes).orElseThrow(() -> new RuleViolationException("mutualhelp.error.photoType"));
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into mh_photo (id, school_id, content_type, bytes, created_at) values (?, ?, ?, ?, ?)",
                id, schoolId, "image/jpeg", jpeg, Timestamp.from(clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<StoredPhoto> find(String id, long schoolId) {
        List<StoredPhoto> found = jdbc.query("select content_type, bytes from mh_photo where id = ? and school_id = ?",
                (rs, n) -> new StoredPhoto(rs.getString(1), rs.getBytes(2)), id, schoolId);
        return found.stream().findFirst();
    }

    /** The image type by magic number: JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A. */
    static Optional<String> imageType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** Decodes and writes the image again as an RGB JPEG no larger than {@link #MAX_SIDE}; empty if it does not decode. */
    static Optional<byte[]> reencode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                BufferedImage source = reader.read(0);
                double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
                int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
                int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
                BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                try {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, width, height);
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.drawImage(source, 0, 0, width, height, null);
                } finally {
                    g.dispose();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(rgb, "jpg", out)) {
                    return Optional.empty();
                }
                return Optional.of(out.toByteArray());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A truncated or malformed file: not a photo.
            return Optional.empty();
        }
    }
}
