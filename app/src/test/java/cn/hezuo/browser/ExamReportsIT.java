package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.ExamListPage;
import cn.hezuo.browser.pages.ExamReportPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyExamsPage;
import cn.hezuo.browser.pages.ScoreImportPreviewPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamForm;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.ExamService;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SubjectRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Exam analytics in the browser: the admin imports a marking system's sheet for two classes (with an absent student
 * and a blank answer), reads the class report, the item report, the knowledge-point radar and the experiment; then a
 * student of one class sees their own result with a rank band and no rank.
 */
class ExamReportsIT extends BrowserTest {

    @Autowired private ExamService exams;
    @Autowired private ExamRepository examRepository;
    @Autowired private UserDetailsService users;
    @Autowired private StudentRepository students;
    @Autowired private SchoolClassRepository classes;
    @Autowired private SubjectRepository subjects;

    /** A 数学 unit test of 七年级1班 and 2班: items 1, 2 objective (3 points), 3, 4 subjective (5 points). */
    private Exam createExam(String name) {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        long math = subjects.findBySchoolIdOrderBySortOrderAscIdAsc(admin.schoolId()).stream()
                .filter(s -> s.getName().equals("数学")).findFirst().orElseThrow().getId();
        Exam exam = exams.create(admin, new ExamForm(name, math, null, LocalDate.now(), List.of(classId("七年级1班"),
                classId("七年级2班")), false, null, 2, BigDecimal.valueOf(3), 2, BigDecimal.valueOf(5),
                BigDecimal.valueOf(60), BigDecimal.valueOf(85), BigDecimal.valueOf(40), null));
        exams.saveItems(admin, exam.getId(), examRepository.findById(exam.getId()).orElseThrow().getVersion(), List.of(
                new ExamService.ItemInput("1", true, BigDecimal.valueOf(3), false, "B", List.of("有理数")),
                new ExamService.ItemInput("2", true, BigDecimal.valueOf(3), false, "D", List.of("整式")),
                new ExamService.ItemInput("3", false, BigDecimal.valueOf(5), true, null, List.of("有理数", "一元一次方程")),
                new ExamService.ItemInput("4", false, BigDecimal.valueOf(5), true, null, List.of("几何初步"))));
        return exam;
    }

    private long classId(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).map(SchoolClass::getId).findFirst()
                .orElseThrow();
    }

    /** The marking system's sheet: every student of both classes; the second student of 2班 absent (empty row). */
    private Path scoreSheet() throws IOException {
        Path file = workDir().resolve("单元测试成绩.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("成绩");
            String[] header = {"学号", "姓名", "班级", "Q1", "Q1_opt", "Q2", "Q2_opt", "Q3", "Q4"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            int r = 1;
            for (String className : List.of("七年级1班", "七年级2班")) {
                List<Student> list = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId(className));
                for (int i = 0; i < list.size(); i++) {
                    Student s = list.get(i);
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(s.getStudentNo());
                    row.createCell(1).setCellValue(s.getName());
                    row.createCell(2).setCellValue(className);
                    if (className.equals("七年级2班") && i == 1) {
                        continue; // absent: every item cell empty
                    }
                    boolean right = (i + (className.equals("七年级1班") ? 1 : 0)) % 3 != 0;
                    row.createCell(3).setCellValue(right ? 3 : 0);
                    row.createCell(4).setCellValue(right ? "B" : "C");
                    if (i % 7 != 0) { // every 7th student left item 2 blank
                        row.createCell(5).setCellValue(i % 2 == 0 ? 3 : 0);
                        row.createCell(6).setCellValue(i % 2 == 0 ? "D" : "A");
                    }
                    row.createCell(7).setCellValue(Math.min(5, (i % 11) * 0.5));
                    row.createCell(8).setCellValue(i % 6);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void adminImportsScoresAndReadsEveryReportThenAStudentSeesOnlyTheirOwnResultWithoutRank() throws IOException {
        String examName = "单元测试" + uniqueSuffix();
        createExam(examName);
        int class1 = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId("七年级1班")).size();
        int class2 = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId("七年级2班")).size();

        LoginPage.open(browser).loginAs("admin", DemoSchool.PASSWORD);
        ScoreImportPreviewPage preview = ExamListPage.open(browser).openImport(examName).importFile(scoreSheet());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.presentCount()).isEqualTo(class1 + class2 - 1);
        assertThat(preview.absentCount()).isEqualTo(1);

        ExamReportPage report = preview.confirm();
        assertThat(report.examName()).isEqualTo(examName);
        assertThat(report.notice()).contains("成绩已导入");
        assertThat(report.gradePresent()).isEqualTo((class1 + class2 - 1) + " / " + (class1 + class2));
        assertThat(report.comparedClasses()).containsExactly("七年级1班", "七年级2班");
        assertThat(report.chartDrawn("bands-chart")).as("score-band chart").isTrue();

        ExamReportPage items = report.openItems();
        assertThat(items.itemLabels()).containsExactly("1", "2", "3", "4");
        assertThat(items.chartDrawn("items-chart")).as("item chart").isTrue();

        ExamReportPage points = items.openKnowledgePoints();
        assertThat(points.knowledgePoints()).containsExactlyInAnyOrder("有理数", "整式", "一元一次方程", "几何初步");
        assertThat(points.chartDrawn("radar-chart")).as("knowledge-point radar").isTrue();

        ExamReportPage experiment = points.openExperiment()
                .compare("七年级数学期初测试", List.of("七年级1班"), List.of("七年级2班"));
        assertThat(experiment.experimentSummary()).startsWith("实验组 " + class1 + " 人").contains("Welch t")
                .contains("准实验");
        assertThat(experiment.chartDrawn("experiment-chart")).isTrue();
        experiment.logout();

        LoginPage.open(browser).loginAs("070101", DemoSchool.PASSWORD);
        MyExamsPage mine = MyExamsPage.open(browser);
        assertThat(mine.examNames()).contains(examName, "七年级数学期中考试");
        assertThat(mine.total(examName)).endsWith("/ 16");
        assertThat(mine.band(examName)).matches("年级(前|后) ?\\d+%");
        String text = mine.mainText();
        assertThat(text).doesNotContain("班级名次", "年级名次");
        assertThat(Pattern.compile("第\\s*\\d+\\s*名").matcher(text).find()).as("no rank like 第3名").isFalse();
        List<String> classmates = new ArrayList<>();
        students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId("七年级1班")).stream()
                .filter(s -> !s.getStudentNo().equals("070101")).limit(3).forEach(s -> classmates.add(s.getStudentNo()));
        assertThat(browser.pageSource()).doesNotContain(classmates);
    }
}
