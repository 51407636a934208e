package cn.hezuo.spreadsheet;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/** Appends rows to one sheet of an {@link XlsxWriter}; obtained from {@link XlsxWriter#sheet}. */
public final class XlsxSheetWriter {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final BitSet textColumns = new BitSet();
    private int[] widths;
    private int[] widthsBeforeLastRow = new int[0];
    private int nextRow;

    XlsxSheetWriter(Sheet sheet, XlsxStyles styles, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = new int[headers.size()];
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            setText(row.createCell(i), headers.get(i), styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * Formats the whole column as text ("@"), so what a teacher types later, like a 学号 "007", keeps its leading
     * zeros instead of Excel turning it into the number 7.
     */
    public XlsxSheetWriter textColumn(int column) {
        textColumns.set(column);
        sheet.setDefaultColumnStyle(column, styles.text);
        return this;
    }

    /** Offers a drop-down list in this column for the rows below the header, up to {@code lastRow} (1-based). */
    public XlsxSheetWriter dropdown(int column, List<String> options, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(options.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow - 1, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
        return this;
    }

    /** Appends a row: Strings become neutralised text, Numbers numeric cells, LocalDates dates; null leaves it blank. */
    public XlsxSheetWriter row(List<?> values) {
        return write(values, false);
    }

    public XlsxSheetWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    /** A grey italic row, e.g. an example in a template that the teacher replaces. */
    public XlsxSheetWriter mutedRow(Object... values) {
        return write(Arrays.asList(values), true);
    }

    /**
     * Merges cells {@code firstColumn..lastColumn} of the row written last, e.g. a title across a printed form; the
     * merged text no longer widens its first column.
     */
    public XlsxSheetWriter mergeLastRow(int firstColumn, int lastColumn) {
        int last = nextRow - 1;
        sheet.addMergedRegion(new CellRangeAddress(last, last, firstColumn, lastColumn));
        widths = Arrays.copyOf(widthsBeforeLastRow, Math.max(widths.length, widthsBeforeLastRow.length));
        return this;
    }

    /** Merges the row written last from its first column to {@code lastColumn}. */
    public XlsxSheetWriter mergeLastRow(int lastColumn) {
        return mergeLastRow(0, lastColumn);
    }

    private XlsxSheetWriter write(List<?> values, boolean muted) {
        widthsBeforeLastRow = widths.clone();
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            CellStyle style = muted ? styles.muted : textColumns.get(i) ? styles.text : null;
            if (value instanceof Number number) {
                setNumber(cell, number, style);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
                track(i, 10);
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else {
                setText(cell, value.toString(), style);
            }
        }
        return this;
    }

    private void setNumber(Cell cell, Number number, CellStyle style) {
        BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        cell.setCellValue(decimal.doubleValue());
        if (style != null) {
            cell.setCellStyle(style);
        }
        track(cell.getColumnIndex(), decimal.stripTrailingZeros().toPlainString().length());
    }

    private void setText(Cell cell, String text, CellStyle style) {
        String safe = FormulaInjection.neutralise(text);
        cell.setCellValue(safe);
        if (style != null) {
            cell.setCellStyle(style);
        }
        track(cell.getColumnIndex(), displayWidth(safe));
    }

    private void track(int column, int width) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, column + 1);
        }
        widths[column] = Math.max(widths[column], width);
    }

    void applyColumnWidths() {
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
            sheet.setColumnWidth(i, chars * 256); // units of 1/256 of a Latin character
        }
    }

    /** Chinese characters are about twice as wide as Latin ones in Excel's default fonts. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
            width += eastAsian == UCharacter.EastAsianWidth.WIDE || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH
                    ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }
}
