package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.browser.pages.MySurveyPage;
import cn.hezuo.browser.pages.PrePostPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo's 后测 of 七年级1班: a student who has not answered yet finds it on /me and answers on a 390×844 phone,
 * one question per screen (going back keeps the answer); then the head teacher reads the 前测/后测 table with 比差.
 */
class SurveyPrePostIT extends BrowserTest {

    /** Seat 2 of 七年级1班: the demo leaves seats 1 and 2 without a 后测; no other browser test answers surveys. */
    private static final String STUDENT = "070102";

    @Autowired private SurveyService surveys;
    @Autowired private UserDetailsService users;

    @Test
    void aStudentAnswersOnAPhoneAndTheTeacherSeesThePrePostTable() {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        Survey post = surveys.visibleTo(head).stream().filter(s -> s.getPhase() == SurveyPhase.POST).findFirst()
                .orElseThrow();
        int questions = surveys.questions(post.getId()).size();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).loginAs(STUDENT, DemoSchool.PASSWORD);
        MySurveyPage page = MyRecordPage.open(browser).openSurvey(post.getId());
        assertThat(page.fitsTheWindowWidth()).as("no sideways scrolling at 390px").isTrue();
        for (int q = 1; q <= questions; q++) {
            assertThat(page.progress()).isEqualTo("第 " + q + " 题，共 " + questions + " 题");
            page.tapOption(0);
            if (q == 2) {
                // on to question 3 and back: question 2 keeps its answer
                page = page.next().back();
                assertThat(page.progress()).isEqualTo("第 2 题，共 " + questions + " 题");
                assertThat(page.optionChosen(0)).isTrue();
            }
            page = page.next();
        }
        assertThat(page.onQuestion()).isFalse();
        page = page.submit();
        assertThat(page.submitted()).isTrue();
        // a named survey shows the student their own answers (and only theirs): every first option
        assertThat(page.ownAnswers()).hasSize(questions).allMatch(a -> !a.isEmpty());
        // the navigation bar collapses on a phone: back to a desktop window to log out
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        page.logout();
        LoginPage.open(browser).loginAs("head0701", DemoSchool.PASSWORD);
        PrePostPage report = PrePostPage.open(browser, post.getId());
        assertThat(report.questionCount()).isEqualTo(questions);
        assertThat(report.headers(0)).containsExactly("选项", "前测", "后测", "比差（百分点）");
        List<PrePostPage.Row> rows = report.rows(0);
        assertThat(rows).extracting(PrePostPage.Row::option).containsExactly("喜欢", "一般", "不喜欢");
        double preSum = 0;
        for (PrePostPage.Row row : rows) {
            double pre = percent(row.pre());
            double post2 = percent(row.post());
            preSum += pre;
            assertThat(Double.parseDouble(row.difference())).isCloseTo(post2 - pre, within(0.11));
        }
        assertThat(preSum).isCloseTo(100, within(0.2));
        assertThat(report.sentence(0)).contains("Wilcoxon");
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", ""));
    }
}
