package cn.hezuo.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Feeds the first visible sheet that has data into a {@link TableCollector}. Uses the POI user model, which holds the
 * whole workbook in memory; fine for rosters, to be replaced by a SAX reader over the same collector for big exams.
 */
final class WorkbookTableReader {

    private WorkbookTableReader() {
    }

    static Table read(Workbook workbook, SpreadsheetLimits limits) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            // A hidden first sheet is usually a lookup list, not what the teacher sees when opening the file.
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                continue;
            }
            TableCollector collector = new TableCollector(limits);
            readSheet(workbook.getSheetAt(i), collector, limits.maxColumns());
            if (collector.hasContent()) {
                return collector.finish();
            }
        }
        throw new SpreadsheetException(SpreadsheetException.Reason.EMPTY);
    }

    private static void readSheet(Sheet sheet, TableCollector collector, int maxColumns) {
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                String text = CellText.of(cell);
                if (text.isEmpty()) {
                    continue; // formatted but empty cells far to the right must not count as columns
                }
                if (column >= maxColumns) {
                    throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_COLUMNS,
                            String.valueOf(maxColumns));
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(text);
            }
            collector.accept(row.getRowNum() + 1, cells);
        }
    }
}
