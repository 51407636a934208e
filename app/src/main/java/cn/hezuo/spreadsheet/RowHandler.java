package cn.hezuo.spreadsheet;

/**
 * Receives a sheet one row at a time from {@link SpreadsheetReader#stream}: the header once, then every non-empty data
 * row in file order. Nothing is kept by the reader, so memory stays flat however many rows the file has.
 */
public interface RowHandler {

    /** The header row, as a table without rows; called once, before the first {@link #row}. */
    void header(Table header);

    void row(TableRow row);

    /** A handler that only lets the reader check the file (format, limits, header). */
    RowHandler CHECK_ONLY = new RowHandler() {
        @Override
        public void header(Table header) {
        }

        @Override
        public void row(TableRow row) {
        }
    };
}
