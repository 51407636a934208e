package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.LessonStudyPages;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.demo.DemoSchool;
import org.junit.jupiter.api.Test;

/**
 * 磨课 in the browser on the demo school: the 执教人 of the complete case (math0702) opens it from the research home,
 * compares 第1稿 with 第3稿 side by side and sees the words that changed marked on each side; the teacher of the case
 * in progress (math0701) finds their overdue steps on their home page.
 */
class LessonStudyDiffIT extends BrowserTest {

    private void login(String username) {
        LoginPage.open(browser).loginAs(username, DemoSchool.PASSWORD);
    }

    @Test
    void theTeacherComparesTheFirstAndTheThirdDraftSideBySide() {
        login("math0702");
        LessonStudyPages.CasePage lessonCase = LessonStudyPages.Cases.fromResearchHome(browser)
                .open("解一元一次方程——移项");
        assertThat(lessonCase.draftNames()).containsExactly("第1稿", "第2稿", "第3稿");
        assertThat(lessonCase.doneSteps()).isEqualTo(11);

        LessonStudyPages.Diff diff = lessonCase.compare();
        assertThat(diff.leftTitle()).isEqualTo("第2稿");
        assertThat(diff.rightTitle()).isEqualTo("第3稿");
        diff = diff.compare("第1稿", "第3稿");
        assertThat(diff.leftTitle()).isEqualTo("第1稿");
        assertThat(diff.rightTitle()).isEqualTo("第3稿");
        assertThat(diff.summary()).contains("修改").contains("新增");
        assertThat(diff.changedRows()).isGreaterThan(3);
        // Chinese is compared by character: 8 → 2 in the time of the 导入 row.
        assertThat(diff.deleted()).contains("8");
        assertThat(diff.inserted()).contains("2");
        assertThat(diff.inserted()).isNotEmpty();
    }

    @Test
    void theTeacherOfTheCaseInProgressSeesTheirOverdueStepsAtHome() {
        login("math0701");
        assertThat(LessonStudyPages.overdueOnTeacherHome(browser)).anySatisfy(text ->
                assertThat(text).startsWith("平行线的性质"));
    }
}
