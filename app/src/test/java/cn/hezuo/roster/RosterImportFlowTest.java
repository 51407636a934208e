package cn.hezuo.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Upload → preview → confirm through the web layer, on a fresh class of the demo school each time. */
@HezuoTest
class RosterImportFlowTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolSetupService setup;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired StudentScoreRepository scores;
    @Autowired AuditEntryRepository audit;
    @Autowired TransactionTemplate tx;

    private HezuoUser admin;
    private SchoolClass schoolClass;

    @BeforeEach
    void freshClass() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass any = classes.findAll().get(0);
        schoolClass = tx.execute(s -> setup.createClass(admin.schoolId(), any.getGradeId(),
                "导入测试" + System.nanoTime() % 1_000_000 + "班", null));
    }

    static byte[] xlsx(String[]... rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Like {@link #xlsx} but numbers become numeric cells, as Excel stores a 学号 typed without a leading '. */
    static byte[] xlsxCells(Object[]... rows) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String uploadError(String filename, byte[] content) throws Exception {
        return mvc.perform(multipart("/classes/" + schoolClass.getId() + "/import")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String upload(String filename, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/classes/" + schoolClass.getId() + "/import")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String preview(String uploadId) throws Exception {
        return mvc.perform(get("/classes/" + schoolClass.getId() + "/import/" + uploadId).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MvcResult confirm(String uploadId) throws Exception {
        return mvc.perform(post("/classes/" + schoolClass.getId() + "/import/" + uploadId + "/confirm")
                .with(user(admin)).with(csrf())).andReturn();
    }

    private List<Student> roster() {
        return students.findByClassIdOrderByStudentNoAsc(schoolClass.getId());
    }

    @Test
    void fileWithOneBadRowShowsTheRowAndColumnAndWritesNothing() throws Exception {
        String uploadId = upload("名单.xlsx", xlsx(
                new String[] {"学号", "姓名", "性别", "数学"},
                new String[] {"0912001", "张伟", "男", "95"},
                new String[] {"0912002", "李娜", "男孩", "88"},
                new String[] {"0912003", "王芳", "女", "77"}));
        String page = preview(uploadId);
        assertThat(page).contains("第3行「性别」列").contains("男孩").doesNotContain("id=\"import-confirm\"");
        assertThat(confirm(uploadId).getResponse().getStatus()).isEqualTo(409);
        assertThat(roster()).isEmpty();
    }

    @Test
    void goodFileIsImportedWholeWithScoresAndLeadingZeros() throws Exception {
        long auditBefore = audit.count();
        String uploadId = upload("名单.xlsx", xlsx(
                new String[] {"姓名", "学号", "性别", "语文", "数学"},
                new String[] {"张伟", "0912001", "男", "95.5", "100"},
                new String[] {"李娜", "0912002", "女", "88", ""}));
        assertThat(preview(uploadId)).contains("id=\"import-confirm\"");
        assertThat(confirm(uploadId).getResponse().getRedirectedUrl()).isEqualTo("/classes/" + schoolClass.getId());
        List<Student> roster = roster();
        assertThat(roster).extracting(Student::getStudentNo).containsExactly("0912001", "0912002");
        assertThat(roster).extracting(Student::getName).containsExactly("张伟", "李娜");
        assertThat(scores.findByStudentId(roster.get(0).getId())).hasSize(2);
        assertThat(scores.findByStudentId(roster.get(1).getId())).hasSize(1);
        assertThat(audit.count()).isGreaterThanOrEqualTo(auditBefore + 3);
    }

    @Test
    void confirmingTwiceImportsOnce() throws Exception {
        String uploadId = upload("名单.xlsx", xlsx(new String[] {"学号", "姓名", "性别"},
                new String[] {"0913001", "赵敏", "女"}));
        assertThat(confirm(uploadId).getResponse().getStatus()).isEqualTo(302);
        MvcResult again = confirm(uploadId);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("没有重复导入");
        assertThat(roster()).hasSize(1);
    }

    @Test
    void gbkCsvFromChineseExcelImports() throws Exception {
        byte[] csv = "学号,姓名,性别\r\n0914001,欧阳娜娜,女\r\n0914002,司马光,男\r\n".getBytes(Charset.forName("GBK"));
        String uploadId = upload("名单.csv", csv);
        assertThat(preview(uploadId)).contains("欧阳娜娜").contains("司马光");
        confirm(uploadId);
        assertThat(roster()).extracting(Student::getName).containsExactly("欧阳娜娜", "司马光");
    }

    @Test
    void scriptInNamesIsShownAsTextNeverAsMarkup() throws Exception {
        String evil = "<script>alert(1)</script>";
        String uploadId = upload("名单.xlsx", xlsx(new String[] {"学号", "姓名", "性别"},
                new String[] {"0915001", evil, "男"}));
        String page = preview(uploadId);
        assertThat(page).doesNotContain(evil).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        confirm(uploadId);
        String roster = mvc.perform(get("/classes/" + schoolClass.getId()).with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(roster).doesNotContain(evil).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void notASpreadsheetGetsAClearChineseMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        String page = mvc.perform(multipart("/classes/" + schoolClass.getId() + "/import")
                        .file(new MockMultipartFile("file", "照片.xlsx", "image/png", png)).with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"upload-error\"");
        assertThat(roster()).isEmpty();
    }

    @Test
    void exportCanBeReimportedWithoutChanges() throws Exception {
        String uploadId = upload("名单.xlsx", xlsx(new String[] {"学号", "姓名", "性别", "英语"},
                new String[] {"0916001", "=HYPERLINK(\"x\")", "男", "99"}, new String[] {"0916002", "钱多多", "女", "60.5"}));
        confirm(uploadId);
        byte[] exported = mvc.perform(get("/classes/" + schoolClass.getId() + "/export").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("0916001");
            assertThat(first.getCell(1).getStringCellValue()).startsWith("'=");
        }
        String again = preview(upload("导出.xlsx", exported));
        assertThat(again).contains("id=\"import-confirm\"").contains("无变化").doesNotContain("更新：");
    }

    // Issue 11, item 9: a dense but legal sheet is refused at its first wide row, naming the limit and the sheet.
    @Test
    void denseSheetIsRefusedNamingTheColumnLimitAndTheSheet() throws Exception {
        String page = uploadError("成绩.xlsx", cn.hezuo.roster.bench.DenseXlsxFile.bytes(30, 400, "全年级"));
        assertThat(page).contains("id=\"upload-error\"").contains("工作表「全年级」超过 200 列");
        assertThat(roster()).isEmpty();
    }

    @Test
    void onlyTheFirstHundredProblemsAreListedAndTheRestCounted() throws Exception {
        String[][] rows = new String[151][];
        rows[0] = new String[] {"学号", "姓名", "性别"};
        for (int i = 1; i <= 150; i++) {
            rows[i] = new String[] {"0917" + (1000 + i), "学生" + i, "未知"};
        }
        String page = preview(upload("名单.xlsx", xlsx(rows)));
        assertThat(page.split("class=\"import-problem\"", -1)).hasSize(101);
        assertThat(page).contains("另有 50 处问题未列出").contains("150 处问题").doesNotContain("id=\"import-confirm\"");
    }

    // Issue 11, item 10: roster files as schools' offices send them.
    @Test
    void gradeWideSheetNamingOtherClassesIsRefusedNamingTheClassColumn() throws Exception {
        String uploadId = upload("全年级.xlsx", xlsx(
                new String[] {"学号", "姓名", "性别", "班级"},
                new String[] {"0918001", "周一", "男", schoolClass.getName()},
                new String[] {"0918002", "吴二", "女", "七年级99班"},
                new String[] {"0918003", "郑三", "男", schoolClass.getName()}));
        String page = preview(uploadId);
        assertThat(page).contains("第3行「班级」列").contains("七年级99班").doesNotContain("id=\"import-confirm\"");
        assertThat(confirm(uploadId).getResponse().getStatus()).isEqualTo(409);
        assertThat(roster()).isEmpty();
    }

    @Test
    void classColumnNamingThisClassAsNBanImports() throws Exception {
        String number = schoolClass.getName().replaceAll("\\D", "");
        String uploadId = upload("本班.xlsx", xlsx(
                new String[] {"学籍号", "name", "gender", "班别"},
                new String[] {"0919001", "冯四", "男", number + "班"},
                new String[] {"0919002", "陈五", "女", schoolClass.getName()}));
        assertThat(preview(uploadId)).contains("id=\"import-confirm\"").doesNotContain("将忽略");
        confirm(uploadId);
        assertThat(roster()).extracting(Student::getStudentNo).containsExactly("0919001", "0919002");
    }

    @Test
    void commonHeaderVariantsOfAGbkCsvAreRecognised() throws Exception {
        byte[] csv = "学生编号,学生姓名,性别\r\n0920001,褚六,女\r\n".getBytes(Charset.forName("GBK"));
        String uploadId = upload("名单.csv", csv);
        assertThat(preview(uploadId)).contains("id=\"import-confirm\"");
        byte[] english = "student_id,name,gender\r\n0920002,Wei Qi,male\r\n".getBytes(Charset.forName("GBK"));
        String second = upload("names.csv", english);
        assertThat(preview(second)).contains("id=\"import-confirm\"");
        confirm(uploadId);
        confirm(second);
        assertThat(roster()).extracting(Student::getName).containsExactly("褚六", "Wei Qi");
    }

    @Test
    void previewShowsTheScoresItWillImport() throws Exception {
        String page = preview(upload("名单.xlsx", xlsxCells(
                new Object[] {"学号", "姓名", "性别", "语文", "数学"},
                new Object[] {"0921001", "卫八", "男", 95.5, 100})));
        assertThat(page).contains(">95.5</td>").contains(">100</td>");
    }

    @Test
    void numericStudentNoThatLostItsLeadingZeroIsFlaggedAndPaddedOnRequest() throws Exception {
        assertThat(confirm(upload("名单.xlsx", xlsx(new String[] {"学号", "姓名", "性别"},
                new String[] {"093101", "蒋九", "男"}, new String[] {"093102", "沈十", "女"})))
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(roster()).extracting(Student::getStudentNo).containsExactly("093101", "093102");
        String uploadId = upload("名单.xlsx", xlsxCells(new Object[] {"学号", "姓名", "性别"},
                new Object[] {93102, "沈十", "女"}, new Object[] {93160, "韩十一", "男"}));
        String page = preview(uploadId);
        assertThat(page).contains("id=\"import-warnings\"").contains("学号 93160").contains("应为 093160")
                .contains("id=\"import-pad\"");
        mvc.perform(post("/classes/" + schoolClass.getId() + "/import/" + uploadId + "/pad").param("width", "6")
                .with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        String padded = preview(uploadId);
        assertThat(padded).contains("093160").doesNotContain("id=\"import-warnings\"").contains("id=\"import-confirm\"");
        confirm(uploadId);
        assertThat(roster()).extracting(Student::getStudentNo).containsExactly("093101", "093102", "093160");
    }
}
