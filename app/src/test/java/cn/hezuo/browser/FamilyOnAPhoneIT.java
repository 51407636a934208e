package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.FamilyPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 家长 on a phone (390×844): the demo parent of 070101 lands on their child's page with the child's points, the weekly
 * chart and the class notice, and opens the printable weekly summary with the exam band (as on the child's 我的成绩, no
 * rank); the student sees their own points on /me. The
 * console stays free of errors ({@link BrowserTest}).
 */
class FamilyOnAPhoneIT extends BrowserTest {

    @Autowired
    private StudentRepository students;

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aParentOnAPhoneSeesTheirChildsPointsAndTheClassNoticeAndOpensTheWeeklySummary() {
        Student child = students.findBySchoolIdAndStudentNo(demoSchoolId(), "070101").orElseThrow();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).loginAs("parent070101", DemoSchool.PASSWORD);

        FamilyPage page = new FamilyPage(browser);
        assertThat(page.path()).isEqualTo("/family");
        assertThat(page.childName()).isEqualTo(child.getName());
        assertThat(page.termTotal()).isNotNegative();
        assertThat(page.chartDrawn()).isTrue();
        assertThat(page.noticesText()).contains("下周一家长会");
        assertThat(page.fitsTheWidth()).as("no sideways scrolling at 390 px").isTrue();

        FamilyPage.FamilySummaryPage summary = page.openSummary();
        assertThat(summary.text()).contains(child.getName());
        assertThat(summary.hasPrintButton()).isTrue();
        assertThat(summary.examBands()).as("the exam band the child sees on 我的成绩").isNotEmpty()
                .allMatch(band -> band.startsWith("年级"));
        assertThat(summary.text()).doesNotContain("班级名次", "年级名次");
        assertThat(summary.fitsTheWidth()).as("no sideways scrolling at 390 px").isTrue();
    }

    @Test
    void aStudentSeesTheirOwnPointsAndWeeklyChartOnMe() {
        LoginPage.open(browser).loginAs("070101", DemoSchool.PASSWORD);
        MyRecordPage page = new MyRecordPage(browser);
        assertThat(browser.driver().findElements(By.id("my-progress"))).hasSize(1);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#my-week-chart canvas")).isEmpty());
        assertThat(page.mainText()).contains("本周", "本学期");
    }
}
