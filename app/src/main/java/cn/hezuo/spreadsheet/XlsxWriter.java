package cn.hezuo.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes .xlsx files the way teachers expect them: bold frozen header, columns wide enough for Chinese text, numbers
 * as numeric cells, and every text cell protected by {@link FormulaInjection#neutralise}. Streams rows to disk
 * (SXSSF) so a large exam export does not need the heap.
 *
 * <pre>{@code
 * try (XlsxWriter xlsx = new XlsxWriter()) {
 *     xlsx.sheet("七年级2班", List.of("学号", "姓名")).textColumn(0).row("001", "王浩");
 *     return xlsx.toBytes();
 * }
 * }</pre>
 */
public final class XlsxWriter implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final XlsxStyles styles = new XlsxStyles(workbook);
    private final List<XlsxSheetWriter> sheets = new ArrayList<>();
    private final Set<String> sheetNames = new HashSet<>();

    public XlsxWriter() {
        workbook.setCompressTempFiles(true);
    }

    /** Adds a sheet with a bold, frozen header row; the name is made safe for Excel and unique in this file. */
    public XlsxSheetWriter sheet(String name, List<String> headers) {
        String safeName = uniqueName(safeSheetName(name));
        XlsxSheetWriter sheet = new XlsxSheetWriter(workbook.createSheet(safeName), styles, headers);
        sheets.add(sheet);
        return sheet;
    }

    public byte[] toBytes() {
        sheets.forEach(XlsxSheetWriter::applyColumnWidths);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary files behind the streamed rows (SXSSF's close() also disposes them). */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Excel sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}, not starting or ending with an
     * apostrophe, not blank and not the reserved "History".
     */
    public static String safeSheetName(String name) {
        if (name == null || name.isBlank()) {
            return "Sheet1";
        }
        String safe = WorkbookUtil.createSafeSheetName(name.strip(), '_');
        return safe.equalsIgnoreCase("History") ? safe + "_" : safe;
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int n = 2; !sheetNames.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
