package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.ResearchPages;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.teacher.DisplayNames;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Teaching research in the browser: the admin sets up a group, its leader plans the term and publishes the calendar
 * and a member sees it on their home page; a teacher records a listen-class from a phone-sized window and sees their
 * count move; the demo 数学教研组's leader downloads the summary .docx and it carries the computed counts.
 */
class ResearchFlowIT extends BrowserTest {

    @Autowired UserDetailsService users;
    @Autowired DisplayNames names;
    @Autowired ResearchAccess access;
    @Autowired CalendarService calendar;
    @Autowired ResearchTerms terms;

    private String nameOf(String username) {
        return names.of(demoSchoolId(), List.of(username)).get(username);
    }

    private void login(String username) {
        LoginPage.open(browser).loginAs(username, DemoSchool.PASSWORD);
    }

    @Test
    void aLeaderPlansTheTermAndPublishesTheCalendarWhichAMemberThenSeesOnTheirHomePage() {
        String groupName = "英语教研组" + uniqueSuffix();
        String leader = nameOf("eng0701");
        String member = nameOf("eng0702");
        login("admin");
        ResearchPages.Group group = ResearchPages.AdminGroups.fromNavigation(browser).create(groupName, "英语", leader);
        assertThat(group.memberNames()).containsExactly(leader);
        group.logout();

        login("eng0701");
        group = ResearchPages.Home.fromNavigation(browser).openGroup(groupName).addMember(member);
        assertThat(group.memberNames()).containsExactlyInAnyOrder(leader, member);
        ResearchPages.Plan plan = group.openPlan().savePlan("如何提高教师课堂提问的有效性", "每位教师上一节研究课");
        assertThat(plan.published()).isFalse();

        SchoolTerm term = terms.term(demoSchoolId(), null);
        LocalDate outside = term.endDate().plusDays(3);
        plan = plan.addActivity(outside, "公开课", member, "不该保存的活动");
        assertThat(plan.dateError()).contains("不在").contains(term.name());
        LocalDate day = term.contains(terms.today()) ? terms.today() : term.startDate();
        String topic = "公开课：阅读课的提问" + uniqueSuffix();
        plan = plan.addActivity(day, "公开课", member, topic);
        assertThat(plan.activityTopics()).containsExactly(topic);
        plan = plan.publish();
        assertThat(plan.published()).isTrue();
        plan.logout();

        login("eng0702");
        assertThat(ResearchPages.upcomingOnTeacherHome(browser)).contains(topic);
    }

    @Test
    void aTeacherRecordsAListenClassFromAPhoneAndSeesTheirCountMove() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            login("eng0803");
            ResearchPages.ListenRecords records = ResearchPages.ListenRecords.fromTeacherHome(browser);
            int before = records.count();
            int period = 1 + before % 8;
            LocalDate day = terms.today().minusDays(1 + before);
            ResearchPages.ListenForm form = records.recordALesson();
            assertThat(form.fitsWidth()).as("the form fits a 390 px wide phone").isTrue();
            records = form.fill(day, period, "八年级1班", "英语", "Unit 6 Listening").save();
            assertThat(records.count()).isEqualTo(before + 1);

            ResearchPages.ListenForm again = records.recordALesson().fill(day, period, "八年级1班", "英语", "同一节课")
                    .saveExpectingError();
            assertThat(again.periodError()).contains("已记录过").contains("八年级1班");
            assertThat(ResearchPages.ListenRecords.open(browser).count()).isEqualTo(before + 1);
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void theLeaderDownloadsTheSummaryDocxAndItCarriesTheComputedCounts() throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        ResearchGroup math = access.visibleGroups(admin).stream().filter(g -> g.getName().equals("数学教研组"))
                .findFirst().orElseThrow();
        SchoolTerm term = terms.term(admin.schoolId(), null);
        long held = calendar.activities(math.getId(), term.id()).stream()
                .filter(a -> !a.getDate().isAfter(terms.today())).count();

        login("math0701");
        ResearchPages.Summary summary = ResearchPages.Home.fromNavigation(browser).openGroup("数学教研组").openSummary();
        List<String> facts = summary.facts();
        assertThat(facts.get(0)).startsWith("本学期共组织教研活动" + held + "次");
        summary.downloadDocx();
        Path file = awaitDownload(".docx");
        assertThat(file.getFileName().toString()).contains("数学教研组").contains("工作总结");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(term.name() + "数学教研组工作总结").contains(facts.get(0))
                    .contains("一、基本情况").contains("附：听课统计");
            assertThat(doc.getTables().get(0).getNumberOfRows()).isEqualTo(1 + access.memberIds(math.getId()).size());
        }
    }
}
