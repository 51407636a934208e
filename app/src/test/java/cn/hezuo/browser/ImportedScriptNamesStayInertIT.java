package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.RosterFile.Line;
import cn.hezuo.browser.pages.ClassRosterPage;
import cn.hezuo.browser.pages.ImportPreviewPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.RosterImportPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.school.GradeRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup typed into a roster file is data: it shows as the characters typed on the preview and the class page and
 * never runs. (The Content-Security-Policy would block inline script anyway; escaping must hold without it, so the
 * test also checks that no element was created from a cell.)
 */
class ImportedScriptNamesStayInertIT extends BrowserTest {

    private static final String SCRIPT_NAME = "<script>window.hacked=1</script>";
    private static final String IMG_NAME = "<img src=x onerror=\"window.hacked=2\">";
    private static final String MARKUP_GENDER = "<b onmouseover=\"window.hacked=3\">男</b>";


    @Autowired
    private SchoolSetupService setup;

    @Autowired
    private GradeRepository grades;

    @Test
    void scriptAndImageTagsInNamesShowAsTextOnPreviewAndRosterAndNeverRun() {
        long schoolId = demoSchoolId();
        SchoolClass schoolClass = setup.createClass(schoolId,
                grades.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).get(0).getId(), "注入" + uniqueSuffix() + "班", null);
        List<Line> students = RosterFile.numbered("08" + uniqueDigits(3),
                List.of(List.of(SCRIPT_NAME, "男"), List.of(IMG_NAME, "女"), List.of("李雷", "男")));
        LoginPage.open(browser).loginAs("admin", DemoSchool.PASSWORD);

        // First upload: a markup gender is refused, and the message quotes it as text.
        List<Line> withMarkupGender = RosterFile.replace(students, 2, students.get(2).withGender(MARKUP_GENDER));
        ImportPreviewPage preview = RosterImportPage.open(browser, schoolClass.getId())
                .importFile(RosterFile.write(workDir().resolve("markup-gender.xlsx"), withMarkupGender));
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.text()).contains(MARKUP_GENDER);
        });
        assertThat(preview.elementsInsideProblems()).isZero();
        assertThat(preview.previewNames()).startsWith(SCRIPT_NAME, IMG_NAME);
        assertThat(preview.elementsInsideNames()).isZero();
        assertThat(hacked()).isEqualTo("undefined");

        // Second upload: imported, and the class page shows the names as typed.
        preview = RosterImportPage.open(browser, schoolClass.getId())
                .importFile(RosterFile.write(workDir().resolve("markup-names.xlsx"), students));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.previewNames()).containsExactly(SCRIPT_NAME, IMG_NAME, "李雷");
        assertThat(preview.elementsInsideNames()).isZero();
        assertThat(hacked()).isEqualTo("undefined");

        ClassRosterPage roster = preview.confirm();
        assertThat(roster.studentNamesInOrder()).containsExactly(SCRIPT_NAME, IMG_NAME, "李雷");
        assertThat(roster.elementsInsideNames()).isZero();
        assertThat(hacked()).isEqualTo("undefined");
        roster = roster.sortByName();
        assertThat(roster.studentNamesInOrder()).containsExactlyInAnyOrder(SCRIPT_NAME, IMG_NAME, "李雷");
        assertThat(hacked()).isEqualTo("undefined");
    }

    private String hacked() {
        return String.valueOf(browser.script("return typeof window.hacked"));
    }
}
