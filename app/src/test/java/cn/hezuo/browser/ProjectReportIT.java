package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.browser.pages.MySurveyPage;
import cn.hezuo.browser.pages.ProjectPages;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo 课题 end to end: a student of 实验班 七年级3班 answers the 后测 on a 390×844 phone; the head teacher of
 * 七年级1班 opens the project from the teacher's home, reads the evidence page (前测/后测 tables, the exam
 * comparison), writes the method into the report and exports the .docx, which the test reads back.
 */
class ProjectReportIT extends BrowserTest {

    /** Seat 1 of 七年级3班: the demo leaves seats 1 and 2 without a 后测; no other browser test answers as them. */
    private static final String STUDENT = "070301";

    @Autowired private SurveyService surveys;
    @Autowired private UserDetailsService users;

    @Test
    void aStudentAnswersOnAPhoneAndTheTeacherExportsTheProjectReport() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        Survey post = surveys.visibleTo(head).stream().filter(s -> s.getPhase() == SurveyPhase.POST).findFirst()
                .orElseThrow();
        int questions = surveys.questions(post.getId()).size();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).loginAs(STUDENT, DemoSchool.PASSWORD);
        MySurveyPage page = MyRecordPage.open(browser).openSurvey(post.getId());
        assertThat(page.fitsTheWindowWidth()).as("no sideways scrolling at 390px").isTrue();
        for (int q = 1; q <= questions; q++) {
            page.tapOption(q % 2);
            page = page.next();
        }
        page = page.submit();
        assertThat(page.submitted()).isTrue();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        page.logout();

        LoginPage.open(browser).loginAs("head0701", DemoSchool.PASSWORD);
        ProjectPages.Project project = ProjectPages.ProjectList.fromTeacherHome(browser)
                .open("小组合作学习提高初中数学课堂实效的研究");
        assertThat(project.milestoneCount()).isEqualTo(5);
        String projectPath = project.path();
        ProjectPages.Evidence evidence = project.openEvidence();
        assertThat(evidence.firstSurveyHeaders()).startsWith("选项", "实验班前测", "实验班后测", "比差（百分点）");
        assertThat(evidence.surveyQuestionCount()).isEqualTo(6);
        assertThat(evidence.examTables()).isEqualTo(1);
        assertThat(evidence.lessonsText()).contains("课堂观察");

        browser.go(projectPath);
        ProjectPages.Report report = new ProjectPages.Project(browser).openReport()
                .saveMethod("实验班按“组内异质、组间同质”组建四人小组。");
        assertThat(report.tableCount()).isGreaterThanOrEqualTo(7);
        report.exportDocx();
        Path docx = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("小组合作学习提高初中数学课堂实效的研究课题研究工作总结");
            assertThat(paragraphs).contains("一、课题研究方式", "实验班按“组内异质、组间同质”组建四人小组。",
                    "二、课题实施效果", "三、反思展望");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("选项");
            assertThat(doc.getTables().size()).isGreaterThanOrEqualTo(7);
        }
    }
}
