package cn.hezuo.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A sheet read into memory: one header row and the non-empty rows below it, all cells as trimmed strings.
 *
 * <p>Rows only refer to the header, never to the table, so a streaming reader can later hand out {@link TableRow}s one
 * at a time (for a 200k-row exam import) without changing the row API.
 */
public final class Table {

    private final Header header;
    private final int headerRowNumber;
    private final List<String> headers;
    private final Map<String, Integer> indexByHeader;
    private final List<TableRow> rows;

    Table(Header header, List<TableRow> rows) {
        this.header = header;
        this.headerRowNumber = header.rowNumber;
        this.headers = header.names;
        this.indexByHeader = header.indexByName;
        this.rows = List.copyOf(rows);
    }

    /** Row number of the header as the teacher sees it in Excel (1-based). */
    public int headerRowNumber() {
        return headerRowNumber;
    }

    /** Header cells, trimmed; a blank header cell stays as {@code ""} so indexes match the columns. */
    public List<String> headers() {
        return headers;
    }

    /** Index of the first column with this header, if any. */
    public OptionalInt columnIndex(String header) {
        Integer index = indexByHeader.get(header);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public List<TableRow> rows() {
        return rows;
    }

    /** This header with these rows (rows handed out one at a time, collected again). */
    Table withRows(List<TableRow> collected) {
        return new Table(header, collected);
    }

    /** Header names and their first column, shared by every row so {@link TableRow#get(String)} is a map lookup. */
    static final class Header {
        final int rowNumber;
        final List<String> names;
        final Map<String, Integer> indexByName;

        Header(int rowNumber, List<String> names) {
            this.rowNumber = rowNumber;
            this.names = List.copyOf(names);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isEmpty()) {
                    index.putIfAbsent(names.get(i), i);
                }
            }
            this.indexByName = Map.copyOf(index);
        }

        int indexOf(String name) {
            return indexByName.getOrDefault(name, -1);
        }
    }
}
