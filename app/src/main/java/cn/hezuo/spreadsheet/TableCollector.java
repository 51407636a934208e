package cn.hezuo.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Receives the physical rows of one sheet in order, from any file format, and builds the {@link Table}: cleans cells,
 * finds the header, skips empty rows and enforces the row and column limits as early as possible. With a
 * {@link RowHandler} the rows are handed on as they come instead of being kept (streaming import of big files).
 */
final class TableCollector {

    private static final Pattern NUMBER_OR_DATE = Pattern.compile("-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}( .*)?");

    private final SpreadsheetLimits limits;
    private final String sheetName;
    private final List<TableRow> rows = new ArrayList<>();
    private final RowHandler handler;
    private int rowCount;
    private long cellCount;
    private Table.Header header;
    private PendingRow possibleTitle;

    /** Keeps every row for {@link #finish()}; {@code sheetName} (or the file name of a CSV) names it in messages. */
    TableCollector(SpreadsheetLimits limits, String sheetName) {
        this(limits, sheetName, null);
    }

    /** Hands every row to {@code handler} (when not null) instead of keeping it. */
    TableCollector(SpreadsheetLimits limits, String sheetName, RowHandler handler) {
        this.limits = limits;
        this.sheetName = sheetName == null ? "" : sheetName;
        this.handler = handler;
    }

    int maxColumns() {
        return limits.maxColumns();
    }

    /** The refusal of a row wider than the limit, naming the limit and the sheet. */
    SpreadsheetException tooManyColumns() {
        return new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_COLUMNS,
                String.valueOf(limits.maxColumns()), sheetName);
    }

    /** One physical row; {@code rawCells} may hold nulls for missing cells. */
    void accept(int rowNumber, List<String> rawCells) {
        List<String> cells = clean(rawCells);
        if (cells.isEmpty()) {
            return;
        }
        if (cells.size() > limits.maxColumns()) {
            throw tooManyColumns();
        }
        cellCount += cells.stream().filter(c -> !c.isEmpty()).count();
        if (cellCount > limits.maxCells()) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_CELLS,
                    String.valueOf(limits.maxCells()), sheetName);
        }
        if (header == null && !takeHeader(rowNumber, cells)) {
            return;
        }
        if (rowCount == limits.maxDataRows()) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_ROWS,
                    String.valueOf(limits.maxDataRows()));
        }
        rowCount++;
        TableRow row = new TableRow(rowNumber, cells, header);
        if (handler == null) {
            rows.add(row);
        } else {
            handler.row(row);
        }
    }

    /** Whether any non-empty row was seen, i.e. whether this sheet has data at all. */
    boolean hasContent() {
        return header != null || possibleTitle != null;
    }

    Table finish() {
        if (header == null && possibleTitle != null) {
            setHeader(possibleTitle.rowNumber, possibleTitle.cells);
        }
        if (header == null || rowCount == 0) {
            throw new SpreadsheetException(SpreadsheetException.Reason.EMPTY);
        }
        return new Table(header, rows);
    }

    /**
     * Chinese class lists often start with a merged title row such as "七年级2班学生名单" above the real header. A
     * first row with a single filled cell followed by a wider row is taken as such a title and skipped.
     *
     * @return whether {@code cells} is a data row still to be added
     */
    private boolean takeHeader(int rowNumber, List<String> cells) {
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        if (possibleTitle == null) {
            if (filled == 1) {
                possibleTitle = new PendingRow(rowNumber, cells);
            } else {
                setHeader(rowNumber, cells);
            }
            return false;
        }
        if (filled > 1) {
            possibleTitle = null;
            setHeader(rowNumber, cells);
            return false;
        }
        PendingRow title = possibleTitle;
        possibleTitle = null;
        setHeader(title.rowNumber, title.cells);
        return true;
    }

    private void setHeader(int rowNumber, List<String> cells) {
        header = header(rowNumber, cells);
        if (handler != null) {
            handler.header(new Table(header, List.of()));
        }
    }

    /** A first row made only of numbers or dates is data, not column names: the header row was left out. */
    private static Table.Header header(int rowNumber, List<String> cells) {
        boolean allValues = cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> NUMBER_OR_DATE.matcher(c).matches());
        if (allValues) {
            throw new SpreadsheetException(SpreadsheetException.Reason.NO_HEADER);
        }
        return new Table.Header(rowNumber, cells);
    }

    /** Trims (also full-width and non-breaking spaces), undoes export neutralisation, drops trailing empty cells. */
    private static List<String> clean(List<String> rawCells) {
        List<String> cells = new ArrayList<>(rawCells.size());
        int lastFilled = -1;
        for (String raw : rawCells) {
            String cell = raw == null ? "" : FormulaInjection.restore(strip(raw));
            cells.add(cell);
            if (!cell.isEmpty()) {
                lastFilled = cells.size() - 1;
            }
        }
        return cells.subList(0, lastFilled + 1);
    }

    static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(char c) {
        // U+3000 (ideographic space) counts as whitespace for Java; NBSP, zero-width space and BOM do not.
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    private record PendingRow(int rowNumber, List<String> cells) {
    }
}
