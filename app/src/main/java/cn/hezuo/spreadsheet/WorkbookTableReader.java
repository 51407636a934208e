package cn.hezuo.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Feeds the first visible sheet that has data of an .xls into a {@link TableCollector}. Uses the POI user model, which
 * holds the whole workbook in memory; an .xls holds at most 65,536 rows × 256 columns and the upload is at most
 * 10 MB. Every .xlsx is read by {@link StreamingXlsxReader} instead.
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
            TableCollector collector = new TableCollector(limits, workbook.getSheetName(i));
            readSheet(workbook.getSheetAt(i), collector);
            if (collector.hasContent()) {
                return collector.finish();
            }
        }
        throw new SpreadsheetException(SpreadsheetException.Reason.EMPTY);
    }

    private static void readSheet(Sheet sheet, TableCollector collector) {
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                String text = CellText.of(cell);
                if (text.isEmpty()) {
                    continue; // formatted but empty cells far to the right must not count as columns
                }
                if (column >= collector.maxColumns()) {
                    throw collector.tooManyColumns();
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
