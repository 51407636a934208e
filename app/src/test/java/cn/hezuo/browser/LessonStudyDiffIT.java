package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LessonStudyPages;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.lessonstudy.CaseForm;
import cn.hezuo.research.lessonstudy.CaseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 磨课 in the browser on the demo school: the 执教人 of the complete case (math0702) opens it from the research home,
 * compares 第1稿 with 第3稿 side by side and sees the words that changed marked on each side; the teacher of the case
 * in progress (math0701) finds their overdue steps on their home page; a step's status saved on the case page swaps
 * the steps section by htmx without a full page load.
 */
class LessonStudyDiffIT extends BrowserTest {

    @Autowired CaseService cases;
    @Autowired ResearchAccess researchAccess;
    @Autowired UserDetailsService users;

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
    void aStepsStatusSavedByHtmxSwapsTheStepsSectionWithoutReloadingThePage() {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        ResearchGroup math = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        long caseId = cases.create(admin, math.getId(), new CaseForm("浏览器测试",
                ((HezuoUser) users.loadUserByUsername("math0702")).teacherId(), math.getSubjectId(), null, null,
                "局部刷新" + uniqueSuffix(), cases.today(), 0)).getId();
        login("math0702");
        browser.go("/research/cases/" + caseId);
        LessonStudyPages.CasePage lessonCase = new LessonStudyPages.CasePage(browser);
        assertThat(lessonCase.stepStatus(0)).isEqualTo("OPEN");
        // a full page load would drop this mark; an htmx swap of the section keeps it
        browser.script("window.hezuoNoReload = true;");
        lessonCase.setStepStatus(0, "DONE");
        assertThat(browser.script("return window.hezuoNoReload === true;")).isEqualTo(true);
        assertThat(lessonCase.stepStatus(0)).isEqualTo("DONE");
        assertThat(cases.steps(admin, caseId).get(0).getStatus().name()).isEqualTo("DONE");
    }

    @Test
    void theTeacherOfTheCaseInProgressSeesTheirOverdueStepsAtHome() {
        login("math0701");
        assertThat(LessonStudyPages.overdueOnTeacherHome(browser)).anySatisfy(text ->
                assertThat(text).startsWith("平行线的性质"));
    }
}
