package cn.hezuo.roster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.spreadsheet.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterTemplateTest {

    private static final List<String> SUBJECTS = List.of("语文", "数学", "英语");

    private final byte[] template = new RosterTemplate().create(SUBJECTS);

    @Test
    void templateHeaderListsTheFixedColumnsThenTheSubjects() {
        Table table = new SpreadsheetReader().read("模板.xlsx", template);

        assertThat(table.headers()).containsExactly("学号", "姓名", "性别", "性格", "备注", "语文", "数学", "英语");
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void studentNoColumnIsTextSoLeadingZerosTypedLaterStay() throws IOException {
        Sheet sheet = open().getSheet("学生名单");

        assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2024001");
    }

    @Test
    void secondSheetExplainsEveryColumnInChinese() throws IOException {
        XSSFWorkbook workbook = open();
        Sheet help = workbook.getSheetAt(1);

        assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
        List<String> explained = new java.util.ArrayList<>();
        for (int r = 1; r <= help.getLastRowNum(); r++) {
            explained.add(help.getRow(r).getCell(0).getStringCellValue());
        }
        assertThat(explained).contains("学号", "姓名", "性别", "性格", "备注", "语文、数学、英语");
    }

    @Test
    void exampleRowsOfTheTemplateImportWithoutProblems() {
        Table table = new SpreadsheetReader().read("模板.xlsx", template);

        RosterImportPreview preview = new RosterImportParser().parse(table, SUBJECTS, no -> Optional.empty(), 1);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).isEmpty();
        assertThat(preview.toCreate()).isEqualTo(2);
        assertThat(preview.rows().get(1).scores()).doesNotContainKey("英语"); // the example shows 缺考
    }

    private XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(template));
    }
}
