package cn.hezuo.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/** Collects the rows a streaming read hands out into a {@link Table}. */
final class TableBuilder implements RowHandler {

    private Table header;
    private final List<TableRow> rows = new ArrayList<>();

    @Override
    public void header(Table header) {
        this.header = header;
    }

    @Override
    public void row(TableRow row) {
        rows.add(row);
    }

    Table table() {
        if (header == null) {
            throw new SpreadsheetException(SpreadsheetException.Reason.EMPTY);
        }
        return header.withRows(rows);
    }
}
