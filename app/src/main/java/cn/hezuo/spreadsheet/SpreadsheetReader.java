package cn.hezuo.spreadsheet;

import cn.hezuo.spreadsheet.SpreadsheetException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded .xlsx, .xls or .csv into a {@link Table}, or throws {@link SpreadsheetException} with a reason a
 * teacher can act on. The file type is taken from the content, not trusted from the name: a renamed PNG is rejected,
 * an .xlsx saved under .csv is still read.
 *
 * <p>Stateless and thread-safe. Usable as a Spring bean (default limits) or with {@code new} and custom limits.
 */
@Component
public class SpreadsheetReader {

    private static final long MAX_UNZIPPED_ENTRY_BYTES = 1024L * 1024 * 1024;

    static {
        // JVM-wide POI settings: an xlsx part may inflate at most 100x and to at most 1 GB. POI then throws "Zip bomb
        // detected" instead of filling the heap. 1 GB because a district exam's sheet XML is about 450 MB, which the
        // streaming reader parses without holding it; smaller limits (a roster may unpack to 50 MB) are checked by
        // UnzippedSize first.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_ENTRY_BYTES);
    }

    private final SpreadsheetLimits limits;

    public SpreadsheetReader() {
        this(SpreadsheetLimits.defaults());
    }

    public SpreadsheetReader(SpreadsheetLimits limits) {
        this.limits = limits;
    }

    /** Reads at most the byte limit from the stream (which the caller closes), then as {@link #read(String, byte[])}. */
    public Table read(String filename, InputStream content) {
        try {
            return read(filename, content.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw new SpreadsheetException(Reason.CORRUPT, e);
        }
    }

    /**
     * Reads the whole sheet into a table. Every format is read as a stream into the table (an .xlsx through the SAX
     * reader, never POI's in-memory workbook), and the column and cell limits stop a dense file at its first wide row
     * or as soon as it holds more cells than a table may, so the heap holds at most the table's cells.
     */
    public Table read(String filename, byte[] content) {
        TableBuilder builder = new TableBuilder();
        stream(filename, content, builder);
        return builder.table();
    }

    /**
     * Reads the file like {@link #read(String, byte[])} with the same checks and problems, but hands the header and
     * each row to {@code handler} as they are read instead of building a table: .xlsx through POI's SAX reader, CSV
     * decoded as it is split. Heap use then depends on what the handler keeps, not on the size of the file. (.xls is
     * read in memory and replayed; it holds at most 65,536 rows.)
     */
    public void stream(String filename, byte[] content, RowHandler handler) {
        FileMagic magic = check(filename, content);
        if (magic == FileMagic.OOXML) {
            if (limits.maxUnzippedBytes() < MAX_UNZIPPED_ENTRY_BYTES) {
                UnzippedSize.check(content, limits.maxUnzippedBytes());
            }
            streamXlsx(content, handler);
        } else if (magic == FileMagic.OLE2) {
            Table table = readOle2(content);
            handler.header(table);
            table.rows().forEach(handler::row);
        } else {
            TableCollector collector = new TableCollector(limits, filename, handler);
            CsvTableReader.read(content, collector);
            collector.finish();
        }
    }

    /** The checks before parsing; returns the content's type (OOXML, OLE2, or anything else for CSV text). */
    private FileMagic check(String filename, byte[] content) {
        if (content.length > limits.maxBytes()) {
            throw new SpreadsheetException(Reason.TOO_LARGE, String.valueOf(limits.maxBytes() / (1024 * 1024)));
        }
        boolean namedCsv = hasExtension(filename, ".csv");
        if (!namedCsv && !hasExtension(filename, ".xlsx") && !hasExtension(filename, ".xls")
                && !hasExtension(filename, ".xlsm")) {
            throw new SpreadsheetException(Reason.NOT_SPREADSHEET);
        }
        if (content.length == 0) {
            throw new SpreadsheetException(Reason.EMPTY);
        }
        FileMagic magic = FileMagic.valueOf(content);
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2 || (namedCsv && looksLikeText(content))) {
            return magic;
        }
        throw new SpreadsheetException(Reason.NOT_SPREADSHEET);
    }

    /** POI's SAX reader wants random access to the zip; from a file it unzips each part as it parses it. */
    private void streamXlsx(byte[] content, RowHandler handler) {
        Path file = null;
        try {
            file = Files.createTempFile("hezuo-import-", ".xlsx");
            Files.write(file, content);
            StreamingXlsxReader.read(file, limits, handler);
        } catch (SpreadsheetException e) {
            throw e;
        } catch (Exception e) {
            throw translate(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the system; the import itself succeeded or failed already
                }
            }
        }
    }

    /** OLE2 is either an .xls or an encrypted .xlsx, whose real content sits in an "EncryptedPackage" stream. */
    private Table readOle2(byte[] content) {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fileSystem.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw new SpreadsheetException(Reason.ENCRYPTED);
            }
            try (Workbook workbook = new HSSFWorkbook(fileSystem)) {
                return WorkbookTableReader.read(workbook, limits);
            }
        } catch (SpreadsheetException e) {
            throw e;
        } catch (OldExcelFormatException e) {
            throw new SpreadsheetException(Reason.NOT_SPREADSHEET, e); // Excel 95 and older: ask for .xlsx
        } catch (IllegalArgumentException e) {
            throw new SpreadsheetException(Reason.NOT_SPREADSHEET, e); // e.g. a Word .doc: no "Workbook" stream
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    private static SpreadsheetException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new SpreadsheetException(Reason.ENCRYPTED, e);
            }
            if (t instanceof NotOfficeXmlFileException) {
                return new SpreadsheetException(Reason.NOT_SPREADSHEET, e); // a plain .zip or .ods
            }
            // POI reports its zip limits only through the message of an IOException.
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG))) {
                return new SpreadsheetException(Reason.ZIP_BOMB, e);
            }
        }
        return new SpreadsheetException(Reason.CORRUPT, e);
    }

    private static boolean hasExtension(String filename, String extension) {
        return filename != null && filename.strip().toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /** Text never holds NUL bytes; images, PDFs and other binaries almost always do near the start. */
    private static boolean looksLikeText(byte[] content) {
        int end = Math.min(content.length, 8192);
        for (int i = 0; i < end; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
