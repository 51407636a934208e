package cn.hezuo.spreadsheet;

import static cn.hezuo.spreadsheet.CsvReadingTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.spreadsheet.SpreadsheetException.Reason;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class WorkbookReadingTest {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void columnsAreFoundByHeaderWhateverTheirOrder() {
        byte[] file = TestFiles.xlsxWithRows(new String[] {"性别", "姓名", "学号"}, new String[] {"女", "李娜", "7"});

        TableRow row = reader.read("a.xlsx", file).rows().get(0);

        assertThat(row.get("学号")).isEqualTo("7");
        assertThat(row.get("姓名")).isEqualTo("李娜");
        assertThat(row.rowNumber()).isEqualTo(2);
    }

    @Test
    void textCellKeepsLeadingZerosOfStudentNo() {
        byte[] file = TestFiles.xlsxWithRows(new String[] {"学号"}, new String[] {"0012345"});

        assertThat(reader.read("a.xlsx", file).rows().get(0).get("学号")).isEqualTo("0012345");
    }

    @Test
    void numericStudentNoHasNoDecimalSuffix() {
        byte[] file = withHeaderAndCells(row -> row.createCell(0).setCellValue(2023001.0));

        assertThat(firstCell(file)).isEqualTo("2023001");
    }

    @Test
    void decimalsArePlainWithoutScientificNotationOrBinaryNoise() {
        assertThat(firstCell(withHeaderAndCells(row -> row.createCell(0).setCellValue(85.5)))).isEqualTo("85.5");
        assertThat(firstCell(withHeaderAndCells(row -> row.createCell(0).setCellValue(0.000015)))).isEqualTo("0.000015");
        assertThat(firstCell(withHeaderAndCells(row -> row.createCell(0).setCellValue(12345678901.0))))
                .isEqualTo("12345678901");
        assertThat(firstCell(withHeaderAndCells(row -> row.createCell(0).setCellValue(0.1 + 0.2)))).isEqualTo("0.3");
        assertThat(firstCell(withHeaderAndCells(row -> row.createCell(0).setCellValue(-2)))).isEqualTo("-2");
    }

    @Test
    void numberFormattedWithZerosKeepsTheLeadingZerosExcelShows() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = header(workbook);
            CellStyle padded = workbook.createCellStyle();
            padded.setDataFormat(workbook.createDataFormat().getFormat("0000000"));
            sheet.createRow(1).createCell(0).setCellValue(12345);
            sheet.getRow(1).getCell(0).setCellStyle(padded);
        });

        assertThat(firstCell(file)).isEqualTo("0012345");
    }

    @Test
    void dateCellIsIsoDate() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = header(workbook);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            sheet.createRow(1).createCell(0).setCellValue(LocalDate.of(2010, 9, 1));
            sheet.getRow(1).getCell(0).setCellStyle(dateStyle);
        });

        assertThat(firstCell(file)).isEqualTo("2010-09-01");
    }

    @Test
    void formulaCellUsesCachedValueWithoutEvaluating() {
        byte[] file = withHeaderAndCells(row -> {
            row.createCell(0).setCellFormula("1+1");
            row.getCell(0).setCellValue(5); // cached result deliberately differs from what evaluation would give
            row.createCell(1).setCellFormula("\"a\"&\"b\"");
            row.getCell(1).setCellValue("张三");
        });

        TableRow row = reader.read("a.xlsx", file).rows().get(0);

        assertThat(row.cells()).containsExactly("5", "张三");
    }

    @Test
    void booleanIsReadAsExcelShowsItAndErrorCellIsEmpty() {
        byte[] file = withHeaderAndCells(row -> {
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(2).setCellValue("x");
        });

        assertThat(reader.read("a.xlsx", file).rows().get(0).cells()).containsExactly("TRUE", "", "x");
    }

    @Test
    void legacyXlsIsRead() {
        byte[] file = TestFiles.xls(workbook -> {
            Sheet sheet = header(workbook);
            sheet.createRow(1).createCell(0).setCellValue(2023001);
            sheet.getRow(1).createCell(1).setCellValue("王浩");
        });

        assertThat(reader.read("名单.xls", file).rows().get(0).cells()).containsExactly("2023001", "王浩");
    }

    @Test
    void firstVisibleSheetWithDataIsUsed() {
        byte[] file = TestFiles.xlsx(workbook -> {
            workbook.createSheet("空白");
            Sheet hidden = workbook.createSheet("数据源");
            hidden.createRow(0).createCell(0).setCellValue("隐藏");
            hidden.createRow(1).createCell(0).setCellValue("x");
            workbook.setSheetHidden(1, true);
            Sheet data = workbook.createSheet("名单");
            data.createRow(4).createCell(0).setCellValue("学号");
            data.createRow(5).createCell(0).setCellValue("1");
        });

        Table table = reader.read("a.xlsx", file);

        assertThat(table.headers()).containsExactly("学号");
        assertThat(table.headerRowNumber()).isEqualTo(5);
        assertThat(table.rows().get(0).rowNumber()).isEqualTo(6);
    }

    @Test
    void workbookWithoutDataIsEmpty() {
        assertReason(() -> reader.read("a.xlsx", TestFiles.xlsx(workbook -> workbook.createSheet("x"))), Reason.EMPTY);
        assertReason(() -> reader.read("a.xlsx", TestFiles.xlsxWithRows(new String[] {"学号", "姓名"})), Reason.EMPTY);
    }

    @Test
    void passwordProtectedXlsxIsReportedAsEncrypted() {
        byte[] file = TestFiles.encrypted(TestFiles.xlsxWithRows(new String[] {"学号"}, new String[] {"1"}), "123456");

        assertReason(() -> reader.read("名单.xlsx", file), Reason.ENCRYPTED);
    }

    @Test
    void passwordProtectedXlsIsReportedAsEncrypted() {
        byte[] file;
        Biff8EncryptionKey.setCurrentUserPassword("123456");
        try {
            file = TestFiles.xls(workbook -> header(workbook).createRow(1).createCell(0).setCellValue("1"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertReason(() -> reader.read("名单.xls", file), Reason.ENCRYPTED);
    }

    @Test
    void pngRenamedToXlsxIsNotASpreadsheet() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        assertReason(() -> reader.read("名单.xlsx", png), Reason.NOT_SPREADSHEET);
    }

    @Test
    void textRenamedToXlsxIsNotASpreadsheet() {
        assertReason(() -> reader.read("名单.xlsx", CsvReadingTest.utf8("学号,姓名\n1,王浩\n")), Reason.NOT_SPREADSHEET);
    }

    @Test
    void xlsxSavedWithCsvExtensionIsStillRead() {
        byte[] file = TestFiles.xlsxWithRows(new String[] {"学号"}, new String[] {"1"});

        assertThat(reader.read("名单.csv", file).rows()).hasSize(1);
    }

    @Test
    void truncatedXlsxIsCorrupt() {
        byte[] file = TestFiles.xlsxWithRows(new String[] {"学号"}, new String[] {"1"});

        assertReason(() -> reader.read("a.xlsx", Arrays.copyOf(file, file.length / 2)), Reason.CORRUPT);
    }

    @Test
    void hugelyCompressibleSheetIsRejectedAsZipBomb() {
        byte[] bomb = TestFiles.xlsxWithSpaces(60L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertReason(() -> reader.read("a.xlsx", bomb), Reason.ZIP_BOMB);
    }

    @Test
    void compressionRatioGuardOfPoiCatchesABombBelowTheUnzippedSizeLimit() {
        byte[] bomb = TestFiles.xlsxWithSpaces(20L * 1024 * 1024);

        assertReason(() -> reader.read("a.xlsx", bomb), Reason.ZIP_BOMB);
    }

    @Test
    void ordinaryXlsxThatUnpacksBeyondTheConfiguredLimitIsRejectedBeforeParsing() {
        byte[] file = TestFiles.xlsxWithRows(new String[] {"学号"}, new String[] {"1"});
        SpreadsheetReader strict = new SpreadsheetReader(SpreadsheetLimits.defaults().withMaxUnzippedBytes(1024));

        assertReason(() -> strict.read("a.xlsx", file), Reason.ZIP_BOMB);
    }

    @Test
    void unzippedSizeIsAlsoCountedForFilesStreamedByOurOwnWriter() {
        byte[] file;
        try (XlsxWriter xlsx = new XlsxWriter()) {
            xlsx.sheet("名单", java.util.List.of("学号")).row("1");
            file = xlsx.toBytes();
        }
        SpreadsheetReader strict = new SpreadsheetReader(SpreadsheetLimits.defaults().withMaxUnzippedBytes(1024));

        assertThat(reader.read("a.xlsx", file).rows()).hasSize(1);
        assertReason(() -> strict.read("a.xlsx", file), Reason.ZIP_BOMB);
    }

    @Test
    void handBuiltXlsxOfNormalSizeIsReadSoTheZipBombTestFailsForTheRightReason() {
        // Header only, so EMPTY proves that the same hand-built file is parsed when it is small.
        assertReason(() -> reader.read("a.xlsx", TestFiles.xlsxWithSpaces(10)), Reason.EMPTY);
    }

    private String firstCell(byte[] file) {
        return reader.read("a.xlsx", file).rows().get(0).get(0);
    }

    private static Sheet header(Workbook workbook) {
        Sheet sheet = workbook.createSheet("名单");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("学号");
        header.createCell(1).setCellValue("姓名");
        header.createCell(2).setCellValue("备注");
        return sheet;
    }

    private static byte[] withHeaderAndCells(java.util.function.Consumer<Row> cells) {
        return TestFiles.xlsx(workbook -> cells.accept(header(workbook).createRow(1)));
    }
}
