package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.AccountRepository;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.browser.pages.WeeklyReportPage;
import cn.hezuo.browser.pages.WeeklyStarsPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.teacher.TeacherRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The head teacher of 七年级2班 fills the 周评表 for a group by tapping stars and sees them on the weekly page. */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class WeeklyStarsIT extends BrowserTest {

    @Autowired SchoolClassRepository classes;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired TeacherRepository teachers;
    @Autowired AccountRepository accounts;

    @Test
    void starsTappedOnTheFormShowOnTheWeeklyPageAndASecondSaveUpdatesThem() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("七年级2班")).findFirst().orElseThrow().getId();
        StudyGroup group = groups.findByPlanIdOrderByNumberAsc(plans.findByClassIdAndActiveTrue(classId).orElseThrow().getId()).get(1);
        LoginPage.open(browser).loginAs("head0702", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);

        WeeklyStarsPage form = WeeklyStarsPage.open(browser, classId, 2)
                .tapStar(group.getId(), "studyPlan", 4).tapStar(group.getId(), "answering", 5)
                .tapStar(group.getId(), "challenge", 2).tapStar(group.getId(), "reflection", 3)
                .comment(group.getId(), "质疑很积极")
                .save(group.getId());
        assertThat(form.notice()).contains("周评表已保存");
        assertThat(form.isChecked(group.getId(), "studyPlan", 4)).as("the form shows what was saved").isTrue();

        WeeklyReportPage weekly = WeeklyReportPage.open(browser, classId, 2);
        assertThat(weekly.stars(group.getNumber(), "studyPlan")).isEqualTo("★★★★☆");
        assertThat(weekly.stars(group.getNumber(), "answering")).isEqualTo("★★★★★");
        assertThat(weekly.stars(group.getNumber(), "challenge")).isEqualTo("★★☆☆☆");
        String headName = teachers.findByAccountId(accounts.findByUsername("head0702").orElseThrow().getId())
                .orElseThrow().getName();
        assertThat(weekly.starsRowText(group.getNumber())).contains("质疑很积极").contains(headName)
                .doesNotContain("head0702");
        assertThat(weekly.hasExportLink()).isTrue();

        WeeklyStarsPage.open(browser, classId, 2).tapStar(group.getId(), "challenge", 5).save(group.getId());
        assertThat(WeeklyReportPage.open(browser, classId, 2).stars(group.getNumber(), "challenge")).isEqualTo("★★★★★");
    }
}
