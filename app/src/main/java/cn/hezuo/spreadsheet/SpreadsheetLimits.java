package cn.hezuo.spreadsheet;

/**
 * How much a single upload may contain. The defaults suit a class roster; an exam import passes larger ones.
 *
 * @param maxBytes    largest accepted file, checked before parsing
 * @param maxDataRows most non-empty rows below the header
 * @param maxColumns  most columns in any row; guards memory against a stray cell in column XFD
 */
public record SpreadsheetLimits(long maxBytes, int maxDataRows, int maxColumns) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_DATA_ROWS = 5_000;
    public static final int DEFAULT_MAX_COLUMNS = 500;

    public SpreadsheetLimits {
        if (maxBytes <= 0 || maxDataRows <= 0 || maxColumns <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static SpreadsheetLimits defaults() {
        return new SpreadsheetLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DATA_ROWS, DEFAULT_MAX_COLUMNS);
    }

    public SpreadsheetLimits withMaxDataRows(int rows) {
        return new SpreadsheetLimits(maxBytes, rows, maxColumns);
    }

    public SpreadsheetLimits withMaxBytes(long bytes) {
        return new SpreadsheetLimits(bytes, maxDataRows, maxColumns);
    }
}
