package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.ObservationPages;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.observation.LessonForm;
import cn.hezuo.research.observation.ObservationReport;
import cn.hezuo.research.observation.ObservationService;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An observer records a lesson on a 390×844 phone and loses the connection for part of it (Chromium's network
 * emulation set through ChromeDriver): the taps made offline wait in the local queue with the badge showing them,
 * go out when the connection is back, survive a reload, and the report counts every tap exactly once.
 */
class ObservationOfflineIT extends BrowserTest {

    @Autowired ObservationService observations;
    @Autowired ResearchAccess researchAccess;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;

    private HezuoUser person(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private long lessonObservedBy(HezuoUser observer) {
        HezuoUser admin = person("admin");
        HezuoUser leader = person("math0701");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        SchoolClass c71 = school.classes(admin.schoolId()).stream().filter(c -> c.getName().equals("七年级1班"))
                .findFirst().orElseThrow();
        long math = school.subjects(admin.schoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        long lessonId = observations.create(leader, group.getId(), new LessonForm(person("math0702").teacherId(),
                c71.getId(), null, math, "离线观课" + uniqueSuffix(), LocalDate.now(), 40, null, null, null, null, null,
                List.of("PARTICIPATION"))).getId();
        observations.assign(leader, lessonId, observer.teacherId(), List.of("PARTICIPATION", "TIME"));
        return lessonId;
    }

    private void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        if (online) {
            chrome.deleteNetworkConditions();
        } else {
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            chrome.setNetworkConditions(offline);
        }
    }

    @Test
    void anObserverRecordsOnAPhoneLosesTheConnectionAndTheReportCountsEveryTapOnce() {
        HezuoUser observer = person("eng0703");
        long lessonId = lessonObservedBy(observer);
        expectConsoleError("ERR_INTERNET_DISCONNECTED");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            LoginPage.open(browser).loginAs("eng0703", DemoSchool.PASSWORD);
            ObservationPages.Recorder tool = ObservationPages.Mine.fromResearchHome(browser).record(lessonId);
            assertThat(tool.fitsTheWindowWidth()).as("the tool fits a 390 px wide phone").isTrue();

            // Online: START + 讲授, three students, a question and its answer = 7 taps.
            tool.activity("LECTURE");
            Set<Long> spoke = new HashSet<>();
            spoke.add(tool.speaker(0));
            spoke.add(tool.speaker(1));
            spoke.add(tool.speaker(2));
            tool.question("RECALL").answered().awaitSynced();

            // Wi-Fi drops: 问答, four speakers (one again), 讨论, an exercise check, a note = 8 taps, all queued.
            network(false);
            tool.activity("QA");
            spoke.add(tool.speaker(3));
            spoke.add(tool.speaker(4));
            spoke.add(tool.speaker(0));
            spoke.add(tool.speaker(5));
            tool.activity("GROUP").exercise(8, 10).note("第二组讨论时有学生走神").awaitOffline();
            assertThat(tool.pending()).isEqualTo(8);
            assertThat(tool.turns()).isEqualTo("7");
            assertThat(tool.speakers()).isEqualTo(String.valueOf(spoke.size()));

            network(true);
            tool.awaitSynced();
            tool = tool.reload();
            assertThat(tool.turns()).as("rebuilt after a reload").isEqualTo("7");
            assertThat(tool.speakers()).isEqualTo("6");
            assertThat(tool.accuracy()).startsWith("8/10");
            assertThat(tool.current()).isEqualTo("小组讨论");
            tool.end().awaitSynced();
            System.out.println("observation tool: slowest of the taps after the reload "
                    + tool.maxTapMillis() + " ms");

            ObservationPages.Report report = tool.openReport();
            assertThat(report.figure("fig-turns")).isEqualTo("7");
            assertThat(report.figure("fig-speakers")).isEqualTo("6");
            assertThat(report.figure("fig-questions")).isEqualTo("1");
            assertThat(report.figure("fig-accuracy")).startsWith("80.0%");
            assertThat(report.speakerRows()).isEqualTo(6);
            assertThat(report.questionsOf("RECALL")).isEqualTo("1");
            assertThat(report.notes()).singleElement().asString().contains("第二组讨论时有学生走神");
            assertThat(report.chartDrawn()).isTrue();
        } finally {
            network(true);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
        // Every tap exactly once: 7 online + 8 offline + 下课.
        assertThat(observations.myEvents(observer, lessonId)).hasSize(16);
        ObservationReport stored = observations.report(lessonId);
        assertThat(stored.totalTurns()).isEqualTo(7);
        assertThat(stored.questions()).isEqualTo(1);
        assertThat(stored.answered()).isEqualTo(1);
    }

    /**
     * Three hundred taps in one burst, online: every one counted once. Prints the median and
     * the slowest time a tap took to reach the screen and the local queue (docs/teaching-research.md).
     */
    @Test
    void threeHundredRapidTapsAreAllCountedOnce() {
        HezuoUser observer = person("eng0703");
        long lessonId = lessonObservedBy(observer);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            LoginPage.open(browser).loginAs("eng0703", DemoSchool.PASSWORD);
            ObservationPages.Recorder tool = ObservationPages.Mine.fromResearchHome(browser).record(lessonId);
            tool.activity("LECTURE");
            tool.rapidSpeakers(300).awaitSynced();
            assertThat(tool.turns()).isEqualTo("300");
            @SuppressWarnings("unchecked")
            List<Number> times = (List<Number>) browser.script("return window.HezuoObservationTapTimes;");
            List<Double> sorted = times.stream().map(Number::doubleValue).sorted().toList();
            System.out.printf("observation tool: %d taps, median %.2f ms, slowest %.2f ms per tap%n", sorted.size(),
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(observations.report(lessonId).totalTurns()).isEqualTo(300);
    }
}
