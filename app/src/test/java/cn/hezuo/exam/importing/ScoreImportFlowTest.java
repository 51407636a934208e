package cn.hezuo.exam.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Upload → preview → confirm of exam scores through the web layer, on a fresh class and exam each time. */
@HezuoTest
class ScoreImportFlowTest {

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    @Autowired MockMvc mvc;
    @Autowired ExamTestData data;
    @Autowired ExamResultStore results;
    @Autowired StudentRepository students;
    @Autowired AuditEntryRepository audit;

    private HezuoUser admin;
    private List<Student> roster;
    private long classId;
    private Exam exam;

    /** Items 1, 2 objective (3 points), 3, 4 subjective (5 points, half points allowed): full marks 16. */
    @BeforeEach
    void freshExam() {
        admin = data.user("admin");
        roster = data.freshClass(4);
        classId = roster.get(0).getClassId();
        exam = data.mathExam(List.of(classId), 2, 2, 5);
    }

    private String upload(HezuoUser who, String filename, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/exams/" + exam.getId() + "/import")
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                        .with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String preview(HezuoUser who, String uploadId) throws Exception {
        return mvc.perform(get("/exams/" + exam.getId() + "/import/" + uploadId).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MvcResult confirm(String uploadId) throws Exception {
        return mvc.perform(post("/exams/" + exam.getId() + "/import/" + uploadId + "/confirm")
                .with(user(admin)).with(csrf())).andReturn();
    }

    private Object[] row(int seat, Object... cells) {
        Object[] row = new Object[cells.length + 2];
        row[0] = roster.get(seat).getStudentNo();
        row[1] = roster.get(seat).getName();
        System.arraycopy(cells, 0, row, 2, cells.length);
        return row;
    }

    private static Object[] header() {
        return new Object[] {"学号", "姓名", "1", "1选项", "2", "2选项", "3", "4"};
    }

    private int stored() {
        return results.countsByClass(exam.getId()).getOrDefault(classId, 0);
    }

    @Test
    void goodXlsxIsImportedWholeWithAbsentStudentsAndTheReportShowsIt() throws Exception {
        String uploadId = upload(admin, "成绩.xlsx", ScoreImportParserTest.xlsx(header(),
                row(0, 3, "A", 3, "B", 5, 4.5),
                row(1, 0, "C", 3, "B", 2.5, 1),
                row(2, null, null, null, null, null, null),
                row(3, 3, "A", 0, null, 0, 0)));
        String page = preview(admin, uploadId);
        assertThat(page).contains("id=\"score-import-confirm\"").contains("到考 3 人").contains("缺考 1 人");
        assertThat(confirm(uploadId).getResponse().getRedirectedUrl()).isEqualTo("/exams/" + exam.getId());
        assertThat(stored()).isEqualTo(4);
        String report = mvc.perform(get("/exams/" + exam.getId()).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Totals 15.5, 6.5 and 3 of the three present students: mean 8.33; the absent one is not a 0.
        assertThat(report).contains("3 / 4").contains("8.33");
    }

    // Issue 11, item 9: the upload is parsed once; the preview page shows what it found without reading the file.
    @Test
    void thePreviewIsShownFromTheUploadWithoutParsingTheFileAgain() throws Exception {
        String uploadId = upload(admin, "成绩.xlsx", ScoreImportParserTest.xlsx(header(),
                row(0, 3, "A", 3, "B", 5, 4.5),
                row(1, 0, "C", 3, "B", 2.5, 1),
                row(2, null, null, null, null, null, null)));
        // Were the file read again, these bytes would be refused as "not a spreadsheet".
        jdbcTemplate.update("update upload set content = ? where id = ?", "not a spreadsheet".getBytes(), uploadId);
        for (int i = 0; i < 2; i++) {
            assertThat(preview(admin, uploadId)).contains("id=\"score-import-confirm\"").contains("到考 2 人")
                    .contains("缺考 1 人");
        }
    }

    @Test
    void fileWithAScoreAboveTheMaximumShowsRowAndColumnInChineseAndWritesNothing() throws Exception {
        String uploadId = upload(admin, "成绩.xlsx", ScoreImportParserTest.xlsx(header(),
                row(0, 3, "A", 3, "B", 5, 4.5),
                row(1, 4, "C", 3, "B", 2.5, 1)));
        String page = preview(admin, uploadId);
        assertThat(page).contains("第3行「1」列：得分 4 超过了满分 3 分。").doesNotContain("id=\"score-import-confirm\"");
        MvcResult refused = confirm(uploadId);
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(stored()).isZero();
    }

    @Test
    void confirmingTwiceImportsOnce() throws Exception {
        String uploadId = upload(admin, "成绩.xlsx", ScoreImportParserTest.xlsx(header(), row(0, 3, "A", 3, "B", 5, 4.5)));
        long auditBefore = audit.count();
        assertThat(confirm(uploadId).getResponse().getStatus()).isEqualTo(302);
        MvcResult again = confirm(uploadId);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("没有重复导入");
        assertThat(stored()).isEqualTo(1);
        assertThat(audit.count()).isEqualTo(auditBefore + 1);
    }

    @Test
    void gbkCsvFromChineseExcelImports() throws Exception {
        String csv = "学号,姓名,班级,1,1选项,2,2选项,3,4\r\n"
                + roster.get(0).getStudentNo() + "," + roster.get(0).getName() + ",,3,A,3,B,5,5\r\n"
                + roster.get(1).getStudentNo() + ",,,,,,,,\r\n";
        String uploadId = upload(admin, "成绩.csv", csv.getBytes(Charset.forName("GBK")));
        assertThat(preview(admin, uploadId)).contains(roster.get(0).getName());
        confirm(uploadId);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void gbkCsvWithOneBadRowShowsItsRowAndColumnAndWritesNoRowAtAll() throws Exception {
        String csv = "学号,姓名,班级,1,1选项,2,2选项,3,4\r\n"
                + roster.get(0).getStudentNo() + "," + roster.get(0).getName() + ",,3,A,3,B,5,5\r\n"
                + roster.get(1).getStudentNo() + ",,,3,A,3,B,6,1\r\n"
                + roster.get(2).getStudentNo() + ",,,0,E,3,B,1,1\r\n";
        String uploadId = upload(admin, "成绩.csv", csv.getBytes(Charset.forName("GBK")));
        String page = preview(admin, uploadId);
        assertThat(page).contains("第3行「3」列").contains("第4行「1选项」列")
                .doesNotContain("id=\"score-import-confirm\"");
        assertThat(confirm(uploadId).getResponse().getStatus()).isEqualTo(409);
        assertThat(stored()).isZero();
    }

    @Test
    void importingAClassAgainReplacesItsResults() throws Exception {
        confirm(upload(admin, "一.xlsx", ScoreImportParserTest.xlsx(header(), row(0, 3, "A", 3, "B", 5, 4.5),
                row(1, 3, "A", 3, "B", 5, 4.5))));
        String second = upload(admin, "二.xlsx", ScoreImportParserTest.xlsx(header(), row(0, 0, "A", 0, "B", 1, 1)));
        assertThat(preview(admin, second)).contains("本次导入将替换");
        confirm(second);
        assertThat(stored()).isEqualTo(1);
        Map<Long, Double> totals = results.presentTotals(exam.getId());
        assertThat(totals).containsOnly(Map.entry(roster.get(0).getId(), 2.0));
    }

    @Test
    void templateHasTheExamsColumnsAndTheClassStudentsWithLeadingZerosKept() throws Exception {
        byte[] body = mvc.perform(get("/exams/" + exam.getId() + "/import/template").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(body))) {
            Row headerRow = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            headerRow.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("学号", "姓名", "班级", "1", "1选项", "2", "2选项", "3", "4");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(roster.get(0).getStudentNo());
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(roster.size());
        }
    }

    @Test
    void aSubjectTeacherCannotImportRowsOfAClassTheyDoNotTeach() throws Exception {
        SchoolClass theirs = data.demoClass("八年级1班");
        SchoolClass other = data.demoClass("八年级2班");
        exam = data.mathExam(List.of(theirs.getId(), other.getId()), 1, 0, 0);
        HezuoUser teacher = data.user("math0801");
        Student own = students.findByClassIdOrderByStudentNoAsc(theirs.getId()).get(0);
        Student foreign = students.findByClassIdOrderByStudentNoAsc(other.getId()).get(0);
        String csv = "学号,1\n" + own.getStudentNo() + ",3\n" + foreign.getStudentNo() + ",0\n";
        String uploadId = upload(teacher, "成绩.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(preview(teacher, uploadId)).contains("第3行「学号」列：学号 " + foreign.getStudentNo() + " 在八年级2班，您不能导入该班的成绩。");
        mvc.perform(get("/exams/" + exam.getId() + "/import").with(user(data.user("math0802"))))
                .andExpect(status().isOk());
        mvc.perform(get("/exams/" + exam.getId() + "/import").with(user(data.user("head0801"))))
                .andExpect(status().isForbidden());
    }
}
