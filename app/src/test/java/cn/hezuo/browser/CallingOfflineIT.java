package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.CallingPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 13: 随机学生 while the classroom network is down (cut through the Chrome DevTools protocol). The page draws with
 * the server's fairness rule on the counts it knows, shows the student at once, and queues the call with its client id;
 * the queue survives a reload; when the network is back the server records each queued call once, at the time it was
 * made, and the fairness log and the roster count it once after another reload.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class CallingOfflineIT extends BrowserTest {

    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired GroupPlanService planService;
    @Autowired GroupPlanRepository plans;
    @Autowired JdbcTemplate jdbc;

    private long classId;

    @BeforeAll
    void aClassOfSix() {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass template = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow();
        SchoolClass schoolClass = classes.save(new SchoolClass(admin.schoolId(), template.getGradeId(),
                "断网点名班" + uniqueSuffix(), null));
        String[] names = {"周子涵", "吴欣怡", "郑浩然", "冯梓萱", "陈宇轩", "褚雨桐"};
        List<Student> created = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            created.add(new Student(admin.schoolId(), schoolClass.getId(), "C" + schoolClass.getId() + "-" + i, names[i],
                    i % 2 == 0 ? Gender.M : Gender.F));
        }
        students.saveAll(created);
        GroupPlan plan = planService.createDraft(admin, schoolClass.getId(), new GroupingForm(3,
                cn.hezuo.grouping.SizeMode.AT_MOST, List.of(), "", true, false, List.of(), List.of(), List.of(), false, 7L));
        planService.save(admin, plan.getId(), "断网", plans.findById(plan.getId()).orElseThrow().getVersion());
        planService.activate(admin, plan.getId());
        classId = schoolClass.getId();
    }

    @Test
    void aCallMadeWhileTheNetworkIsCutIsDrawnFairlyQueuedAndCountsOnceAfterAReload() {
        expectConsoleError("ERR_INTERNET_DISCONNECTED");
        expectConsoleError("ERR_BLOCKED_BY_CLIENT");
        LoginPage.open(browser).loginAs("admin", DemoSchool.PASSWORD);
        CallingPage page = CallingPage.open(browser, classId);
        long before = System.currentTimeMillis();

        network(true, List.of());
        String first = page.drawStudentOffline();
        assertThat(page.offlineResultShowsAFace()).as("the called student's avatar or initial, big").isTrue();
        String second = page.drawStudentOffline();
        assertThat(second).as("least-called first: nobody twice before everyone once").isNotEqualTo(first);
        page.waitForQueued(2);
        assertThat(page.syncBadge()).isEqualTo("2 条点名待同步");
        assertThat(draws()).as("nothing reached the server").isZero();

        // The page comes back but the queue's endpoint still fails: the calls are read back from the browser.
        network(false, List.of("*/calling/offline-calls*"));
        CallingPage reloaded = CallingPage.open(browser, classId);
        reloaded.waitForQueued(2);
        assertThat(reloaded.termCallsOf(first)).as("a queued call counts on the page").isEqualTo(1);

        network(false, List.of());
        browser.script("window.dispatchEvent(new Event('online'));");
        reloaded.waitForQueued(0);
        assertThat(draws()).as("each queued call recorded once").isEqualTo(2);
        Instant madeAt = jdbc.queryForObject("select min(called_at) from calling_draw where class_id = ?", Instant.class,
                classId);
        assertThat(madeAt.toEpochMilli()).as("recorded at the time it was made").isBetween(before - 1000, before + 60_000);
        assertThat(jdbc.queryForObject("select count(*) from calling_draw where class_id = ? and synced_at is not null",
                Integer.class, classId)).isEqualTo(2);

        // Sent again (a replay of the same client id) it still counts once; after a reload the roster says 1 each.
        browser.script("window.dispatchEvent(new Event('online'));");
        CallingPage fresh = CallingPage.open(browser, classId);
        assertThat(fresh.queuedCalls()).isZero();
        assertThat(fresh.termCallsOf(first)).isEqualTo(1);
        assertThat(fresh.termCallsOf(second)).isEqualTo(1);
        assertThat(draws()).isEqualTo(2);
        browser.go("/classes/" + classId + "/calling/log");
        assertThat(browser.pageSource()).contains("离线点名");
    }

    private int draws() {
        return jdbc.queryForObject("select count(*) from calling_draw where class_id = ?", Integer.class, classId);
    }

    /** Cuts the network (offline) or blocks URL patterns, through Chrome's DevTools protocol. */
    private void network(boolean offline, List<String> blocked) {
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", blocked));
        cdp.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
