package cn.hezuo.grouping.cli;

import java.util.List;

/**
 * A CSV file as read: header and rows (each padded to the header's width).
 *
 * @param header   column names, trimmed
 * @param rows     cell values, trimmed
 * @param encoding the encoding that was detected (UTF-8 or GBK)
 */
record CsvTable(List<String> header, List<List<String>> rows, String encoding) {

    /** Index of a column, or -1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** Index of a column, or a {@link CliException} listing the columns there are. */
    int requireColumn(String name, String option) {
        int c = column(name);
        if (c < 0) {
            throw new CliException(option + ": there is no column \"" + name + "\" (columns: " + String.join(", ", header) + ")");
        }
        return c;
    }
}
