package cn.hezuo.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Counts what an .xlsx unpacks to before POI builds it in memory. POI's own guard (ZipSecureFile) catches extreme
 * compression ratios, but a 10 MB upload of ordinary compression can still unpack to hundreds of MB and exhaust the
 * heap of a small school server; inflating and discarding costs a fraction of a second.
 */
final class UnzippedSize {

    private UnzippedSize() {
    }

    static void check(byte[] content, long maxUnzippedBytes) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        // The zip reader POI itself uses; java.util.zip rejects the entries that POI's own writer produces.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
                true)) {
            while (zip.getNextEntry() != null) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > maxUnzippedBytes) {
                        throw new SpreadsheetException(SpreadsheetException.Reason.ZIP_BOMB);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadableHere) {
            // Not a readable zip: POI then reports it as corrupt or not a spreadsheet.
        }
    }
}
