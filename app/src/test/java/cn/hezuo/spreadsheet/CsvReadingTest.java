package cn.hezuo.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.spreadsheet.SpreadsheetException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @Test
    void gbkCsvFromChineseExcelIsReadWithChineseHeaders() {
        byte[] gbk = "学号,姓名,性别\r\n2023001,王浩,男\r\n".getBytes(Charset.forName("GBK"));

        Table table = reader.read("名单.csv", gbk);

        assertThat(table.headers()).containsExactly("学号", "姓名", "性别");
        assertThat(table.rows().get(0).get("姓名")).isEqualTo("王浩");
    }

    @Test
    void utf8CsvWithBomDoesNotLeakTheBomIntoTheFirstHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "学号,姓名\n2023001,李娜\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);

        Table table = reader.read("名单.CSV", content);

        assertThat(table.headers().get(0)).isEqualTo("学号");
        assertThat(table.rows().get(0).get("学号")).isEqualTo("2023001");
    }

    @Test
    void utf8CsvWithoutBomIsReadAsUtf8() {
        Table table = reader.read("a.csv", "学号,姓名\n1,欧阳娜娜\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows().get(0).get("姓名")).isEqualTo("欧阳娜娜");
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        String csv = "学号,备注\n1,\"爱好：篮球,足球\"\n2,\"外号\"\"小明\"\"\"\n3,\"第一行\n第二行\"\n";

        Table table = reader.read("a.csv", utf8(csv));

        assertThat(table.rows()).extracting(row -> row.get("备注"))
                .containsExactly("爱好：篮球,足球", "外号\"小明\"", "第一行\n第二行");
    }

    @Test
    void rowNumbersAreTheExcelRowsEvenAfterBlankLinesAndMultiLineCells() {
        String csv = "学号,备注\n\n1,\"两\n行\"\n,,\n2,x";

        Table table = reader.read("a.csv", utf8(csv));

        assertThat(table.headerRowNumber()).isEqualTo(1);
        assertThat(table.rows()).extracting(TableRow::rowNumber).containsExactly(3, 5);
    }

    @Test
    void cellsAreTrimmedOfOrdinaryFullWidthAndNonBreakingSpaces() {
        Table table = reader.read("a.csv", utf8(" 学号 ,姓名\n\u3000001\u00A0, 王浩 \n"));

        assertThat(table.headers()).containsExactly("学号", "姓名");
        assertThat(table.rows().get(0).cells()).containsExactly("001", "王浩");
    }

    @Test
    void missingCellsAndUnknownHeadersReadAsEmptyStrings() {
        TableRow row = reader.read("a.csv", utf8("学号,姓名,性别\n1\n")).rows().get(0);

        assertThat(row.get("性别")).isEmpty();
        assertThat(row.get("不存在")).isEmpty();
        assertThat(row.get(99)).isEmpty();
    }

    @Test
    void apostropheAddedByOurExportIsRemovedOnImport() {
        Table table = reader.read("a.csv", utf8("备注,姓名\n'=1+1,'王浩\n"));

        assertThat(table.rows().get(0).cells()).containsExactly("=1+1", "'王浩");
    }

    @Test
    void mergedTitleRowAboveTheHeaderIsSkipped() {
        Table table = reader.read("a.csv", utf8("七年级2班学生名单,,\n学号,姓名,性别\n1,王浩,男\n"));

        assertThat(table.headerRowNumber()).isEqualTo(2);
        assertThat(table.headers()).containsExactly("学号", "姓名", "性别");
        assertThat(table.rows()).extracting(TableRow::rowNumber).containsExactly(3);
    }

    @Test
    void singleColumnTableKeepsItsFirstRowAsHeader() {
        Table table = reader.read("a.csv", utf8("姓名\n王浩\n李娜\n"));

        assertThat(table.headers()).containsExactly("姓名");
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void emptyFileIsEmpty() {
        assertReason(() -> reader.read("a.csv", new byte[0]), Reason.EMPTY);
        assertReason(() -> reader.read("a.csv", utf8("\n , \n,,,\n")), Reason.EMPTY);
    }

    @Test
    void headerWithoutDataRowsIsEmpty() {
        assertReason(() -> reader.read("a.csv", utf8("学号,姓名,性别\n")), Reason.EMPTY);
    }

    @Test
    void firstRowOfNumbersMeansTheHeaderIsMissing() {
        assertReason(() -> reader.read("a.csv", utf8("2023001,95,88.5\n2023002,90,77\n")), Reason.NO_HEADER);
    }

    @Test
    void fiveThousandDataRowsAreAccepted() {
        assertThat(reader.read("a.csv", csvWithRows(5_000)).rows()).hasSize(5_000);
    }

    @Test
    void fiveThousandAndOneDataRowsAreTooMany() {
        SpreadsheetException e = catchReason(() -> reader.read("a.csv", csvWithRows(5_001)), Reason.TOO_MANY_ROWS);

        assertThat(e.args()).containsExactly("5000");
    }

    @Test
    void rowLimitIsConfigurable() {
        SpreadsheetReader small = new SpreadsheetReader(SpreadsheetLimits.defaults().withMaxDataRows(2));

        assertReason(() -> small.read("a.csv", csvWithRows(3)), Reason.TOO_MANY_ROWS);
    }

    @Test
    void contentOverTheByteLimitIsTooLargeBeforeParsing() {
        SpreadsheetReader tiny = new SpreadsheetReader(SpreadsheetLimits.defaults().withMaxBytes(10));

        SpreadsheetException e = catchReason(() -> tiny.read("a.csv", new byte[11]), Reason.TOO_LARGE);
        assertThat(e.args()).containsExactly("0");
        assertReason(() -> tiny.read("a.csv", new ByteArrayInputStream(new byte[1_000_000])), Reason.TOO_LARGE);
    }

    @Test
    void defaultByteLimitIsTenMegabytes() {
        SpreadsheetException e = catchReason(() -> reader.read("a.csv", new byte[10 * 1024 * 1024 + 1]),
                Reason.TOO_LARGE);

        assertThat(e.args()).containsExactly("10");
    }

    @Test
    void inputStreamIsReadLikeBytes() {
        Table table = reader.read("a.csv", new ByteArrayInputStream(utf8("学号,姓名\n1,王浩\n")));

        assertThat(table.rows().get(0).get("学号")).isEqualTo("1");
    }

    @Test
    void otherExtensionsAreNotSpreadsheets() {
        assertReason(() -> reader.read("名单.txt", utf8("学号,姓名\n1,王浩\n")), Reason.NOT_SPREADSHEET);
        assertReason(() -> reader.read("名单.docx", utf8("x")), Reason.NOT_SPREADSHEET);
        assertReason(() -> reader.read(null, utf8("x")), Reason.NOT_SPREADSHEET);
    }

    @Test
    void binaryContentNamedCsvIsNotASpreadsheet() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertReason(() -> reader.read("a.csv", png), Reason.NOT_SPREADSHEET);
    }

    @Test
    void tooManyColumnsAreRejected() {
        String wide = "a," + ",".repeat(600) + "b\n1,2\n";

        assertReason(() -> reader.read("a.csv", utf8(wide)), Reason.TOO_MANY_COLUMNS);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csvWithRows(int rows) {
        StringBuilder csv = new StringBuilder("学号,姓名,性别\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(2_000_000 + i).append(",学生").append(i).append(",男\n");
        }
        return utf8(csv.toString());
    }

    static void assertReason(Runnable read, Reason reason) {
        catchReason(read, reason);
    }

    static SpreadsheetException catchReason(Runnable read, Reason reason) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read::run);
        assertThat(thrown).isInstanceOf(SpreadsheetException.class);
        SpreadsheetException e = (SpreadsheetException) thrown;
        assertThat(e.reason()).as(String.valueOf(e.getCause())).isEqualTo(reason);
        assertThat(e.messageKey()).isEqualTo(reason.messageKey());
        return e;
    }
}
