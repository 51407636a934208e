package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.AccountService;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.account.Role;
import cn.hezuo.browser.RosterFile.Line;
import cn.hezuo.browser.pages.AdminClassesPage;
import cn.hezuo.browser.pages.AdminTeachersPage;
import cn.hezuo.browser.pages.ChangePasswordPage;
import cn.hezuo.browser.pages.ClassRosterPage;
import cn.hezuo.browser.pages.ImportPreviewPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main flow end to end, as the two people who do it: a new admin sets up a class and its head teacher;
 * the head teacher imports the roster, trips over a mistake in the file, fixes it, and gets a sorted, exportable roster.
 */
class FirstLoginAndRosterImportIT extends BrowserTest {

    /** Names in neither 学号 nor pinyin order. */
    private static final List<List<String>> NAMES_AND_GENDERS = List.of(
            List.of("张伟", "男"), List.of("安琪", "女"), List.of("周杰", "男"), List.of("白雪", "女"),
            List.of("陈浩", "男"), List.of("李娜", "女"), List.of("王芳", "女"), List.of("刘洋", "男"));
    private static final int MISTAKE = 3;

    @Autowired
    private AccountService accountService;

    @Test
    void newAdminAndNewHeadTeacherGoFromFirstLoginToAnImportedSortedExportedRoster() throws IOException {
        String suffix = uniqueSuffix();
        String className = "测试" + suffix + "班";
        String teacherName = "测试老师" + suffix;
        String teacherUsername = "teacher-" + suffix;
        // 学号 such as 0913701 (leading zero), written as text cells.
        List<Line> students = RosterFile.numbered("09" + uniqueDigits(3), NAMES_AND_GENDERS);

        // An admin whose initial password was issued by someone else must choose their own first.
        IssuedPassword admin = accountService.create(demoSchoolId(), "admin-" + suffix, Role.ADMIN, "测试管理员");
        LoginPage.open(browser).loginAs(admin.username(), admin.password());
        assertThat(new ChangePasswordPage(browser).isForced()).isTrue();
        browser.go("/admin/classes");
        ChangePasswordPage adminPassword = new ChangePasswordPage(browser);
        assertThat(adminPassword.isForced()).as("nothing else opens before the password is changed").isTrue();
        adminPassword.changePassword(admin.password(), "Hezuo-" + suffix + "-2026");
        assertThat(browser.currentPath()).isEqualTo("/admin");

        // The admin creates the class and the teacher, then makes the teacher its head teacher.
        assertThat(AdminClassesPage.open(browser).createClass("七年级", className).classNames()).contains(className);
        String issuedPassword = AdminTeachersPage.open(browser).newTeacher()
                .create(teacherName, teacherUsername).passwordOf(teacherUsername);
        assertThat(issuedPassword).hasSize(8);
        assertThat(AdminTeachersPage.open(browser).usernames()).contains(teacherUsername);
        AdminClassesPage classes = AdminClassesPage.open(browser).edit(className).makeHeadTeacher(teacherName);
        assertThat(classes.headTeacherOf(className)).isEqualTo(teacherName);
        long classId = classes.classIdOf(className);

        // The teacher's first login also goes through the change-password page.
        classes.logout().loginAs(teacherUsername, issuedPassword);
        ChangePasswordPage teacherPassword = new ChangePasswordPage(browser);
        assertThat(teacherPassword.isForced()).isTrue();
        teacherPassword.changePassword(issuedPassword, "Banzhuren-" + suffix + "-1");
        TeacherHomePage home = new TeacherHomePage(browser);
        assertThat(home.classNames()).containsExactly(className);
        ClassRosterPage roster = home.openClass(className);
        assertThat(roster.classId()).isEqualTo(classId);
        assertThat(roster.studentCount()).isZero();

        // A file with one wrong cell: the preview names row and column, offers no confirm, and imports nothing.
        List<Line> withMistake = RosterFile.replace(students, MISTAKE, students.get(MISTAKE).withGender("男孩"));
        ImportPreviewPage preview = roster.startImport()
                .importFile(RosterFile.write(workDir().resolve("花名册-有错.xlsx"), withMistake));
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(RosterFile.rowNumberOf(MISTAKE)).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("性别");
            assertThat(problem.text()).contains("第5行", "性别", "男孩");
        });
        assertThat(preview.canConfirm()).isFalse();
        roster = ClassRosterPage.open(browser, classId);
        assertThat(roster.studentCount()).as("nothing imported from a file with a problem").isZero();

        // The fixed file previews clean and imports all eight students.
        preview = roster.startImport().importFile(RosterFile.write(workDir().resolve("花名册.xlsx"), students));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newStudentCount()).isEqualTo(8);
        roster = preview.confirm();
        assertThat(roster.classId()).isEqualTo(classId);
        assertThat(roster.notice()).hasValueSatisfying(notice -> assertThat(notice).contains("新增 8 人"));
        List<String> studentNos = students.stream().map(Line::studentNo).toList();
        assertThat(roster.studentNumbersInOrder()).containsExactlyElementsOf(studentNos.stream().sorted().toList());

        // By name: pinyin order, computed here with ICU independently of the app.
        roster = roster.sortByName();
        assertThat(roster.studentNamesInOrder())
                .containsExactlyElementsOf(pinyinOrder(students.stream().map(Line::name).toList()))
                .containsSubsequence("安琪", "白雪", "陈浩", "张伟", "周杰");

        // The export opens in POI and keeps every 学号 as text, leading zero included.
        roster.export();
        Path download = awaitDownload(".xlsx");
        assertThat(download.getFileName().toString()).contains(className);
        assertThat(studentNosIn(download)).containsExactlyInAnyOrderElementsOf(studentNos);
    }

    private static List<String> pinyinOrder(List<String> names) {
        Collator collator = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(name -> name, collator::compare));
        return sorted;
    }

    /** The text cells under the 学号 header of the first sheet. */
    private static List<String> studentNosIn(Path xlsx) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            int headerRow = -1;
            int column = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals("学号")) {
                        headerRow = row.getRowNum();
                        column = cell.getColumnIndex();
                    }
                }
                if (headerRow >= 0) {
                    break;
                }
            }
            assertThat(column).as("学号 header in " + xlsx.getFileName()).isNotNegative();
            List<String> values = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell cell = row == null ? null : row.getCell(column);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                assertThat(cell.getCellType()).as("学号 cell in row " + (r + 1)).isEqualTo(CellType.STRING);
                if (!cell.getStringCellValue().isEmpty()) {
                    values.add(cell.getStringCellValue());
                }
            }
            return values;
        }
    }
}
