package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.evaluation.AwardRequest;
import cn.hezuo.evaluation.AwardService;
import cn.hezuo.evaluation.AwardTarget;
import cn.hezuo.evaluation.EvalItem;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 13: the 光荣榜 (小组PK) a teacher projects, measured in the browser at 1920×1080 (12 groups), 1366×768 and
 * 390×844: every group row inside the viewport without scrolling, no two rows overlapping, row text at least 28 px at
 * 1080p, and nothing on the page that ranks a student (no student's name appears; places belong to groups).
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class HonourBoardLayoutIT extends BrowserTest {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨"};
    private static final String[] GIVEN = {"子涵", "欣怡", "浩然", "梓萱", "宇轩", "雨桐", "俊杰", "思远", "诗涵", "一鸣",
        "佳怡", "博文"};

    /** Every row's box, the smallest row text, overlaps, scrolling and any student name on the page. */
    private static final String MEASURE = """
            window.scrollTo(0, 0);
            const vw = document.documentElement.clientWidth, vh = window.innerHeight;
            const rows = [...document.querySelectorAll('#honour-board .honour-row')].map(r => r.getBoundingClientRect());
            const inside = rows.filter(r => r.top >= -0.5 && r.left >= -0.5 && r.bottom <= vh + 0.5 && r.right <= vw + 0.5).length;
            let overlaps = 0;
            for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) {
              const a = rows[i], b = rows[j];
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) overlaps++;
            }
            const names = [...document.querySelectorAll('#honour-board .honour-name')].map(e => parseFloat(getComputedStyle(e).fontSize));
            const text = document.body.innerText;
            return {rows: rows.length, inside: inside, overlaps: overlaps,
              smallest: names.length ? Math.min(...names) : 0,
              scrolls: document.scrollingElement.scrollHeight > vh + 1 || document.scrollingElement.scrollWidth > vw + 1,
              studentNamed: arguments[0].filter(n => text.includes(n))};
            """;

    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired GroupPlanService planService;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired EvaluationItemService items;
    @Autowired AwardService awards;

    private long twelveGroups;
    private final List<String> studentNames = new ArrayList<>();

    @BeforeAll
    void aClassOfTwelveGroupsWithPointsThisWeek() {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass template = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow();
        SchoolClass schoolClass = classes.save(new SchoolClass(admin.schoolId(), template.getGradeId(),
                "光荣榜班" + uniqueSuffix(), null));
        String tag = uniqueDigits(3);
        List<Student> created = new ArrayList<>();
        for (int i = 0; i < 72; i++) {
            // Unique names made for this class, so the page can be searched for any of them.
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length] + tag + i;
            studentNames.add(name);
            created.add(new Student(admin.schoolId(), schoolClass.getId(), "H" + schoolClass.getId() + "-" + i, name,
                    i % 2 == 0 ? Gender.M : Gender.F));
        }
        students.saveAll(created);
        GroupPlan plan = planService.createDraft(admin, schoolClass.getId(), new GroupingForm(6,
                cn.hezuo.grouping.SizeMode.AT_MOST, List.of(), "", true, false, List.of(), List.of(), List.of(), false, 7L));
        planService.save(admin, plan.getId(), "光荣榜", plans.findById(plan.getId()).orElseThrow().getVersion());
        planService.activate(admin, plan.getId());
        items.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        EvalItem plusTwo = items.activeItems(schoolClass.getId()).stream().filter(i -> i.getPoints() == 2).findFirst()
                .orElseThrow();
        List<StudyGroup> twelve = groups.findByPlanIdOrderByNumberAsc(plan.getId());
        for (int g = 0; g < twelve.size(); g++) {
            for (int n = 0; n < g % 5; n++) { // different points per group, some tied
                awards.award(admin, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), plusTwo.getId(),
                        AwardTarget.GROUP, twelve.get(g).getId(), List.of()));
            }
        }
        twelveGroups = schoolClass.getId();
    }

    @Test
    void honourBoardFitsEveryGroupRowOnAProjectorAPcAndAPhoneAndNamesNoStudent() {
        LoginPage.open(browser).loginAs("admin", DemoSchool.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        browser.go("/classes/" + twelveGroups + "/evaluation/honour");
        if (browser.driver().findElements(By.id("honour-board")).isEmpty()) {
            browser.driver().findElement(By.id("honour-switch")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("honour-board")));
        }
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}, {390, 844}}) {
            viewport(size[0], size[1], size[0] < 600);
            browser.go("/classes/" + twelveGroups + "/evaluation/honour");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("honour-board")));
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                    .executeScript(MEASURE, studentNames);
            System.out.println("[honour " + size[0] + "x" + size[1] + ", 12 groups] " + m);
            assertThat(((Number) m.get("rows")).intValue()).isEqualTo(12);
            assertThat(((Number) m.get("inside")).intValue()).as("every group row inside the viewport at " + size[0])
                    .isEqualTo(12);
            assertThat(((Number) m.get("overlaps")).intValue()).as("no rows overlap").isZero();
            assertThat((List<?>) m.get("studentNamed")).as("no student is named, let alone ranked").isEmpty();
            if (size[0] == 1920) {
                assertThat(((Number) m.get("smallest")).doubleValue()).as("group names readable from 8 m")
                        .isGreaterThanOrEqualTo(28);
            }
        }
    }

    private void viewport(int width, int height, boolean mobile) {
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
