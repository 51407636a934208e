package cn.hezuo.spreadsheet;

import static cn.hezuo.spreadsheet.CsvReadingTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.spreadsheet.SpreadsheetException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link SpreadsheetReader#stream}: the same rows, cells and problems as reading into a table, one row at a time. */
class StreamingReadingTest {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    /** What a handler saw, as "row:cells" lines after the header line. */
    private static final class Seen implements RowHandler {
        final List<String> lines = new ArrayList<>();
        int headers;

        @Override
        public void header(Table header) {
            headers++;
            assertThat(header.rows()).isEmpty();
            lines.add("header " + header.headerRowNumber() + ":" + header.headers());
        }

        @Override
        public void row(TableRow row) {
            assertThat(headers).as("header before the first row").isEqualTo(1);
            lines.add(row.toString());
        }
    }

    private List<String> streamed(String filename, byte[] content) {
        Seen seen = new Seen();
        reader.stream(filename, content, seen);
        return seen.lines;
    }

    private List<String> inMemory(String filename, byte[] content) {
        Table table = reader.read(filename, content);
        List<String> lines = new ArrayList<>();
        lines.add("header " + table.headerRowNumber() + ":" + table.headers());
        table.rows().forEach(r -> lines.add(r.toString()));
        return lines;
    }

    @Test
    void streamedXlsxHasTheSameCellsAndRowNumbersAsTheInMemoryReader() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet hidden = workbook.createSheet("数据源");
            hidden.createRow(0).createCell(0).setCellValue("隐藏");
            hidden.createRow(1).createCell(0).setCellValue("x");
            workbook.setSheetHidden(0, true);
            Sheet sheet = workbook.createSheet("成绩");
            sheet.createRow(0).createCell(0).setCellValue("七年级期中成绩");
            Row header = sheet.createRow(1);
            String[] names = {"学号", "姓名", "1", "2", "日期", "公式", "布尔", "错误", "文本学号"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            CellStyle padded = workbook.createCellStyle();
            padded.setDataFormat(workbook.createDataFormat().getFormat("0000000"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0"));
            Row first = sheet.createRow(2);
            first.createCell(0).setCellValue(12345);
            first.getCell(0).setCellStyle(padded);
            first.createCell(1).setCellValue("王浩");
            first.createCell(2).setCellValue(0.1 + 0.2);
            first.createCell(3).setCellValue(85.5);
            first.getCell(3).setCellStyle(oneDecimal); // shown as 86 in Excel, read as the value 85.5
            first.createCell(4).setCellValue(LocalDate.of(2010, 9, 1));
            first.getCell(4).setCellStyle(date);
            first.createCell(5).setCellFormula("1+1");
            first.getCell(5).setCellValue(5);
            first.createCell(6).setCellValue(true);
            first.createCell(7).setCellErrorValue(FormulaError.DIV0.getCode());
            first.createCell(8).setCellValue("0012345");
            // row 4 left empty: row numbers must still be Excel's
            Row second = sheet.createRow(4);
            second.createCell(0).setCellValue(2023001.0);
            second.createCell(1).setCellValue("  李娜\u3000");
            second.createCell(2).setCellValue(-2);
            second.createCell(3).setCellValue(12345678901.0);
            second.createCell(4).setCellValue(LocalDateTime.of(2024, 3, 5, 8, 30));
            second.getCell(4).setCellStyle(dateTime);
            second.createCell(5).setCellFormula("\"a\"&\"b\"");
            second.getCell(5).setCellValue("张三");
            second.createCell(40).setCellValue(""); // a formatted empty cell far right is no column
        });

        List<String> streamed = streamed("成绩.xlsx", file);

        assertThat(streamed).isEqualTo(inMemory("成绩.xlsx", file));
        assertThat(streamed).containsExactly(
                "header 2:[学号, 姓名, 1, 2, 日期, 公式, 布尔, 错误, 文本学号]",
                "3:[0012345, 王浩, 0.3, 85.5, 2010-09-01, 5, TRUE, , 0012345]",
                "5:[2023001, 李娜, -2, 12345678901, 2024-03-05 08:30, 张三]");
    }

    @Test
    void inlineStringsOfPoisStreamingWriterAreRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            Sheet sheet = workbook.createSheet("成绩");
            sheet.createRow(0).createCell(0).setCellValue("学号");
            sheet.getRow(0).createCell(1).setCellValue("总分");
            for (int r = 1; r <= 50; r++) {
                sheet.createRow(r).createCell(0).setCellValue("S" + r);
                sheet.getRow(r).createCell(1).setCellValue(r + 0.5);
            }
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<String> lines = streamed("a.xlsx", bytes.toByteArray());

        assertThat(lines).hasSize(51).startsWith("header 1:[学号, 总分]", "2:[S1, 1.5]").endsWith("51:[S50, 50.5]");
    }

    @Test
    void gbkCsvFromChineseExcelIsStreamedWithChineseCellsAndExcelRowNumbers() {
        byte[] file = "学号,姓名,总分\r\n\r\n2023001,王浩,\"85,5\"\r\n2023002,李娜,90\r\n"
                .getBytes(Charset.forName("GBK"));

        assertThat(streamed("成绩.csv", file)).containsExactly("header 1:[学号, 姓名, 总分]",
                "3:[2023001, 王浩, 85,5]", "4:[2023002, 李娜, 90]");
    }

    @Test
    void utf8CsvWithBomIsStreamedWithoutTheBom() {
        byte[] text = "学号,姓名\n1,张三".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);

        assertThat(streamed("a.csv", file)).containsExactly("header 1:[学号, 姓名]", "2:[1, 张三]");
    }

    @Test
    void rowLimitStillAppliesWhenStreaming() {
        StringBuilder csv = new StringBuilder("学号\n");
        for (int i = 0; i < SpreadsheetLimits.DEFAULT_MAX_DATA_ROWS + 1; i++) {
            csv.append(i).append("x\n");
        }

        assertReason(() -> reader.stream("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                RowHandler.CHECK_ONLY), Reason.TOO_MANY_ROWS);
    }

    @Test
    void headerWithoutRowsAndWorkbookWithoutDataAreEmpty() {
        assertReason(() -> reader.stream("a.csv", "学号,姓名\n".getBytes(StandardCharsets.UTF_8),
                RowHandler.CHECK_ONLY), Reason.EMPTY);
        assertReason(() -> reader.stream("a.xlsx", TestFiles.xlsx(workbook -> workbook.createSheet("x")),
                RowHandler.CHECK_ONLY), Reason.EMPTY);
    }

    @Test
    void badFilesGetTheSameReasonsAsWhenReadIntoATable() {
        byte[] file = TestFiles.xlsxWithRows(new String[] {"学号"}, new String[] {"1"});
        assertReason(() -> reader.stream("a.xlsx", java.util.Arrays.copyOf(file, file.length / 2),
                RowHandler.CHECK_ONLY), Reason.CORRUPT);
        assertReason(() -> reader.stream("a.xlsx", TestFiles.encrypted(file, "pw"), RowHandler.CHECK_ONLY),
                Reason.ENCRYPTED);
        assertReason(() -> reader.stream("a.xlsx", TestFiles.xlsxWithSpaces(20L * 1024 * 1024),
                RowHandler.CHECK_ONLY), Reason.ZIP_BOMB);
        assertReason(() -> reader.stream("a.pdf", file, RowHandler.CHECK_ONLY), Reason.NOT_SPREADSHEET);
    }

    @Test
    void tooManyColumnsAreRefusedWhenStreamingXlsx() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("a");
            sheet.createRow(0).createCell(0).setCellValue("学号");
            sheet.createRow(1).createCell(SpreadsheetLimits.DEFAULT_MAX_COLUMNS).setCellValue("x");
        });

        assertReason(() -> reader.stream("a.xlsx", file, RowHandler.CHECK_ONLY), Reason.TOO_MANY_COLUMNS);
    }
}
