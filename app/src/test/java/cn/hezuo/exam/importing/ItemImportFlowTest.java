package cn.hezuo.exam.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.ExamItemRepository;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.roster.Student;
import cn.hezuo.spreadsheet.TestFiles;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A 双向细目表 uploaded on the items page fills the table for checking; nothing is saved by the upload. */
@HezuoTest
class ItemImportFlowTest {

    @Autowired MockMvc mvc;
    @Autowired ExamTestData data;
    @Autowired ExamItemRepository items;

    private HezuoUser admin;
    private Exam exam;

    @BeforeEach
    void freshExam() {
        admin = data.user("admin");
        List<Student> roster = data.freshClass(2);
        exam = data.mathExam(List.of(roster.get(0).getClassId()), 2, 1, 5);
    }

    private String upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/exams/" + exam.getId() + "/items/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> storedLabels() {
        return items.findByExamIdOrderBySeqAsc(exam.getId()).stream().map(ExamItem::getLabel).toList();
    }

    @Test
    void aGoodSheetFillsTheItemsTableAndSavesNothingYet() throws Exception {
        List<String> before = storedLabels();
        String page = upload("细目表.xlsx", TestFiles.xlsxWithRows(
                new String[] {"题号", "题型", "满分", "答案", "知识点"},
                new String[] {"一(1)", "客观", "3", "C", "有理数"},
                new String[] {"二(1)", "主观", "12", "", "一元一次方程"}));
        assertThat(page).contains("value=\"一(1)\"").contains("value=\"二(1)\"").contains("value=\"一元一次方程\"")
                .contains("id=\"notice\"");
        assertThat(storedLabels()).isEqualTo(before);
    }

    @Test
    void aSheetWithABadRowListsRowAndColumnAndFillsNothing() throws Exception {
        List<String> before = storedLabels();
        byte[] csv = "题号,满分\r\n1,3\r\n2,九\r\n".getBytes(Charset.forName("GBK"));
        String page = upload("items.csv", csv);
        assertThat(page).contains("id=\"item-import-problems\"").contains("第3行「满分」列");
        assertThat(page).doesNotContain("id=\"notice\"");
        assertThat(storedLabels()).isEqualTo(before);
    }

    @Test
    void theTemplateIsAWorkbookWithTheExpectedHeaders() throws Exception {
        byte[] bytes = mvc.perform(get("/exams/" + exam.getId() + "/items/template").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("题号");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("满分");
        }
    }

    // Issue 11, item 11: the type words teachers write, and 满分 10 shown as 10, never 1E+1.
    @Test
    void usualTypeWordsAreAcceptedAndTenPointsShowAsTen() throws Exception {
        String page = upload("细目表.xlsx", TestFiles.xlsxWithRows(
                new String[] {"小题", "题型", "满分", "答案"},
                new String[] {"1", "客观", "10", "A"},
                new String[] {"2", "主观", "10", ""},
                new String[] {"3", "选择题", "20", "B"},
                new String[] {"4", "填空题", "30", ""},
                new String[] {"5", "解答题", "100", ""},
                new String[] {"6", "objective", "10", "C"},
                new String[] {"7", "Subjective", "10", ""}));
        assertThat(page).doesNotContain("id=\"item-import-problems\"").contains("id=\"notice\"")
                .contains("value=\"10\"").contains("value=\"20\"").contains("value=\"100\"")
                .doesNotContain("E+");
    }

    @Test
    void storedTenPointItemsShowAsTenOnTheItemsPage() {
        ExamItem item = new ExamItem(exam.getSchoolId(), exam.getId(), 1);
        item.update("1", false, new java.math.BigDecimal("10.0"), false, null, List.of());
        cn.hezuo.exam.ItemsForm form = cn.hezuo.exam.ItemsForm.of(List.of(item), 0, 0);
        assertThat(form.getItems().get(0).getMaxPoints().toString()).isEqualTo("10");
    }
}
