package cn.hezuo.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A score file is kept gzip-compressed in the upload table between preview and confirm: a district CSV of 26 MB
 * shrinks to a few MB, well under MariaDB's default {@code max_allowed_packet} of 16 MB and cheaper to write and read
 * on every database. Content that is not gzip (uploads stored before this change) is returned as it is; neither CSV
 * text nor a spreadsheet starts with the gzip magic bytes.
 */
final class StoredContent {

    private StoredContent() {
    }

    static byte[] pack(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream gzip = new FastGzip(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] unpack(byte[] stored) {
        if (stored.length < 2 || stored[0] != (byte) 0x1f || stored[1] != (byte) 0x8b) {
            return stored;
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored), 64 * 1024)) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fastest deflate level: about as small as the default for tabular text, several times quicker. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
