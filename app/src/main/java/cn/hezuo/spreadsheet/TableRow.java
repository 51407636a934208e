package cn.hezuo.spreadsheet;

import java.util.List;

/** One non-empty data row; missing cells read as {@code ""}, never {@code null}. */
public final class TableRow {

    private final int rowNumber;
    private final List<String> cells;
    private final Table.Header header;

    TableRow(int rowNumber, List<String> cells, Table.Header header) {
        this.rowNumber = rowNumber;
        this.cells = List.copyOf(cells);
        this.header = header;
    }

    /** Row number as the teacher sees it in Excel (1-based; for CSV the record number). */
    public int rowNumber() {
        return rowNumber;
    }

    /** Cell in the given 0-based column, or {@code ""}. */
    public String get(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** Cell under the first column with this header, or {@code ""} if there is no such column. */
    public String get(String headerName) {
        return get(header.indexOf(headerName));
    }

    /** Cells up to the last non-empty one. */
    public List<String> cells() {
        return cells;
    }

    @Override
    public String toString() {
        return rowNumber + ":" + cells;
    }
}
