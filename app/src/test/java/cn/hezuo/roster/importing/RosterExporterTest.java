package cn.hezuo.roster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.roster.importing.RosterImportRow.Action;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterExporterTest {

    private static final List<String> SUBJECTS = List.of("语文", "数学");
    private static final long CLASS_ID = 3;

    private final List<RosterExportRow> rows = List.of(
            new RosterExportRow("0012", "王浩", "男", "外向", "=1+1", Map.of("语文", new BigDecimal("96"))),
            new RosterExportRow("0013", "李娜", "女", null, "+86 138", Map.of("数学", new BigDecimal("88.5"))),
            new RosterExportRow("0014", "@x", "女", "内向", "-2", Map.of()),
            new RosterExportRow("0015", "张伟", "男", "", null, null));

    private final byte[] file = new RosterExporter().export("七年级(1)班/实验", rows, SUBJECTS);

    @Test
    void formulaLikeTextIsNeutralisedInTheExport() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
        Row first = workbook.getSheetAt(0).getRow(1);

        assertThat(first.getCell(4).getStringCellValue()).isEqualTo("'=1+1");
        assertThat(workbook.getSheetAt(0).getRow(2).getCell(4).getStringCellValue()).isEqualTo("'+86 138");
        assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("'@x");
        assertThat(workbook.getSheetAt(0).getRow(3).getCell(4).getStringCellValue()).isEqualTo("'-2");
    }

    @Test
    void studentNoIsTextAndScoresAreNumbers() throws IOException {
        Row first = new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0).getRow(1);

        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("0012");
        assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(6)).isNull();
    }

    @Test
    void sheetIsNamedAfterTheClassMadeSafeForExcel() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file));

        assertThat(workbook.getSheetName(0)).isEqualTo("七年级(1)班_实验");
    }

    @Test
    void exportedRosterImportsBackAsUpdatesWithoutChanges() {
        Map<String, ExistingStudent> stored = new HashMap<>();
        long id = 100;
        for (RosterExportRow row : rows) {
            String gender = row.genderLabel().equals("男") ? "M" : "F";
            stored.put(row.studentNo(), new ExistingStudent(id++, CLASS_ID, "七年级(1)班", row.name(),
                    new ExistingStudent.Details(gender, row.personality(), row.notes(), row.scores())));
        }

        RosterImportPreview preview = new RosterImportParser().parse(
                new SpreadsheetReader().read("导出.xlsx", file), SUBJECTS,
                no -> Optional.ofNullable(stored.get(no)), CLASS_ID);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).isEmpty();
        assertThat(preview.rows()).extracting(RosterImportRow::action).containsOnly(Action.UPDATE);
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.changedFields()).isEmpty());
        assertThat(preview.rows()).extracting(RosterImportRow::notes).containsExactly("=1+1", "+86 138", "-2", "");
        assertThat(preview.canConfirm()).isTrue();
    }
}
