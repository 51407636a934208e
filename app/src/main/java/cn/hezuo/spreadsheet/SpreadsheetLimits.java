package cn.hezuo.spreadsheet;

/**
 * How much a single upload may contain. The defaults suit a class roster; an exam import passes larger ones.
 *
 * @param maxBytes    largest accepted file, checked before parsing
 * @param maxDataRows most non-empty rows below the header
 * @param maxColumns  most columns in any row; guards memory against a stray cell in column XFD
 * @param maxUnzippedBytes most bytes an .xlsx may unpack to; the in-memory reader needs several times this in heap,
 *                    while a 5,000-row roster unpacks to about 2 MB
 */
public record SpreadsheetLimits(long maxBytes, int maxDataRows, int maxColumns, long maxUnzippedBytes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_DATA_ROWS = 5_000;
    public static final int DEFAULT_MAX_COLUMNS = 500;
    public static final long DEFAULT_MAX_UNZIPPED_BYTES = 50L * 1024 * 1024;

    public SpreadsheetLimits {
        if (maxBytes <= 0 || maxDataRows <= 0 || maxColumns <= 0 || maxUnzippedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static SpreadsheetLimits defaults() {
        return new SpreadsheetLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DATA_ROWS, DEFAULT_MAX_COLUMNS,
                DEFAULT_MAX_UNZIPPED_BYTES);
    }

    public SpreadsheetLimits withMaxDataRows(int rows) {
        return new SpreadsheetLimits(maxBytes, rows, maxColumns, maxUnzippedBytes);
    }

    public SpreadsheetLimits withMaxBytes(long bytes) {
        return new SpreadsheetLimits(bytes, maxDataRows, maxColumns, maxUnzippedBytes);
    }

    public SpreadsheetLimits withMaxUnzippedBytes(long bytes) {
        return new SpreadsheetLimits(maxBytes, maxDataRows, maxColumns, bytes);
    }
}
