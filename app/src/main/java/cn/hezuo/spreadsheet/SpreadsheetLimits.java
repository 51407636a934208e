package cn.hezuo.spreadsheet;

/**
 * How much a single upload may contain. The defaults suit a class roster or an item sheet; an exam import passes
 * larger ones.
 *
 * @param maxBytes    largest accepted file, checked before parsing
 * @param maxDataRows most non-empty rows below the header
 * @param maxColumns  most columns in any row; guards memory against a stray cell in column XFD, and refuses a dense
 *                    sheet at its first wide row instead of after reading it all
 * @param maxUnzippedBytes most bytes an .xlsx may unpack to, while a 5,000-row roster unpacks to about 2 MB
 * @param maxCells    most non-empty cells in the sheet (header included): what a table read into memory may hold
 */
public record SpreadsheetLimits(long maxBytes, int maxDataRows, int maxColumns, long maxUnzippedBytes, long maxCells) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_DATA_ROWS = 5_000;
    /** A roster has a dozen columns, a school office's export a few dozen; 200 is far beyond any real one. */
    public static final int DEFAULT_MAX_COLUMNS = 200;
    public static final long DEFAULT_MAX_UNZIPPED_BYTES = 50L * 1024 * 1024;
    /** 5,000 students × 60 filled columns; a table of this size costs about 30 MB of heap. */
    public static final long DEFAULT_MAX_CELLS = 300_000;

    public SpreadsheetLimits {
        if (maxBytes <= 0 || maxDataRows <= 0 || maxColumns <= 0 || maxUnzippedBytes <= 0 || maxCells <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public SpreadsheetLimits(long maxBytes, int maxDataRows, int maxColumns, long maxUnzippedBytes) {
        this(maxBytes, maxDataRows, maxColumns, maxUnzippedBytes, DEFAULT_MAX_CELLS);
    }

    public static SpreadsheetLimits defaults() {
        return new SpreadsheetLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DATA_ROWS, DEFAULT_MAX_COLUMNS,
                DEFAULT_MAX_UNZIPPED_BYTES, DEFAULT_MAX_CELLS);
    }

    public SpreadsheetLimits withMaxDataRows(int rows) {
        return new SpreadsheetLimits(maxBytes, rows, maxColumns, maxUnzippedBytes, maxCells);
    }

    public SpreadsheetLimits withMaxBytes(long bytes) {
        return new SpreadsheetLimits(bytes, maxDataRows, maxColumns, maxUnzippedBytes, maxCells);
    }

    public SpreadsheetLimits withMaxUnzippedBytes(long bytes) {
        return new SpreadsheetLimits(maxBytes, maxDataRows, maxColumns, bytes, maxCells);
    }

    public SpreadsheetLimits withMaxColumns(int columns) {
        return new SpreadsheetLimits(maxBytes, maxDataRows, columns, maxUnzippedBytes, maxCells);
    }

    public SpreadsheetLimits withMaxCells(long cells) {
        return new SpreadsheetLimits(maxBytes, maxDataRows, maxColumns, maxUnzippedBytes, cells);
    }
}
