package cn.hezuo.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void textStartingLikeAFormulaIsNeutralisedWithAnApostrophe() throws IOException {
        byte[] file = write(sheet -> sheet.row("=1+1", "+86", "@x", "-2", "\tx", "王浩"));

        Row row = open(file).getSheetAt(0).getRow(1);

        for (int i = 0; i < 5; i++) {
            assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(i).getStringCellValue()).startsWith("'");
        }
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=1+1");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("王浩");
    }

    @Test
    void numbersAreNumericCellsSoNegativeNumbersStayNumbers() throws IOException {
        byte[] file = write(sheet -> sheet.row(new BigDecimal("-2"), 88.5, 3, null, LocalDate.of(2024, 9, 1)));

        Row row = open(file).getSheetAt(0).getRow(1);

        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(-2.0);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(88.5);
        assertThat(row.getCell(3)).isNull();
        assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 1));
    }

    @Test
    void headerIsBoldAndFrozen() throws IOException {
        XSSFWorkbook workbook = open(write(sheet -> sheet.row("1")));
        Sheet sheet = workbook.getSheetAt(0);

        int fontIndex = sheet.getRow(0).getCell(0).getCellStyle().getFontIndex();
        assertThat(workbook.getFontAt(fontIndex).getBold()).isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }

    @Test
    void columnsHoldingChineseTextAreWiderThanColumnsOfDigits() throws IOException {
        Sheet sheet = open(write(s -> s.row("1", "北京市海淀区中关村第一小学附属幼儿园"))).getSheetAt(0);

        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(36 * 256);
        assertThat(XlsxSheetWriter.displayWidth("王浩ab")).isEqualTo(6);
    }

    @Test
    void textColumnIsFormattedAsTextForWhatTheTeacherTypesLater() throws IOException {
        XSSFWorkbook workbook = open(write(sheet -> sheet.textColumn(0).row("007", "x")));
        Sheet sheet = workbook.getSheetAt(0);

        assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    @Test
    void sheetNamesAreMadeSafeForExcelAndUnique() throws IOException {
        byte[] file;
        try (XlsxWriter xlsx = new XlsxWriter()) {
            xlsx.sheet("高一(3)班/理科?", List.of("a"));
            xlsx.sheet("高一(3)班/理科?", List.of("a"));
            xlsx.sheet("  ", List.of("a"));
            xlsx.sheet("history", List.of("a"));
            xlsx.sheet("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", List.of("a"));
            file = xlsx.toBytes();
        }
        XSSFWorkbook workbook = open(file);

        assertThat(workbook.getSheetName(0)).isEqualTo("高一(3)班_理科_");
        assertThat(workbook.getSheetName(1)).isEqualTo("高一(3)班_理科_(2)");
        assertThat(workbook.getSheetName(2)).isEqualTo("Sheet1");
        assertThat(workbook.getSheetName(3)).isEqualTo("history_");
        assertThat(workbook.getSheetName(4)).hasSize(31);
    }

    @Test
    void writtenFileReadsBackWithTheOriginalText() {
        byte[] file = write(sheet -> sheet.row("=1+1", "-2", "'@x", "007"));

        TableRow row = new SpreadsheetReader().read("out.xlsx", file).rows().get(0);

        assertThat(row.cells()).containsExactly("=1+1", "-2", "'@x", "007");
    }

    private static byte[] write(java.util.function.Consumer<XlsxSheetWriter> rows) {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            rows.accept(xlsx.sheet("名单", List.of("甲", "乙", "丙", "丁", "戊", "己")));
            return xlsx.toBytes();
        }
    }

    private static XSSFWorkbook open(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }
}
