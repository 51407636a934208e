package cn.hezuo.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyForm;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyService;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Reports: the .xlsx export, the charts' data, 实验班 vs 对照班, and reminders to the class screen and /me. */
@HezuoTest
class SurveyReportsPolishTest {

    @Autowired SurveyService surveys;
    @Autowired GroupComparisonReport groups;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    private HezuoUser signedIn(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private Survey demoPost(HezuoUser head) {
        return surveys.visibleTo(head).stream().filter(s -> s.getTitle().equals("小组合作学习问卷（后测）"))
                .findFirst().orElseThrow();
    }

    private long classId(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    @Test
    void theExportHasTheRatesAndEachOptionsCountAndPercentPerClassAndOverall() throws Exception {
        HezuoUser head = signedIn("head0701");
        Survey post = demoPost(head);
        byte[] body = mvc.perform(get("/surveys/" + post.getId() + "/results.xlsx").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("回收情况");
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(4);
            Sheet counts = book.getSheet("各题统计");
            Row header = counts.getRow(0);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("七年级1班人数");
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("全部班级百分比");
            // first question, first option: count and percentage of the overall agree with each other
            Row first = counts.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            double overallCount = first.getCell(header.getLastCellNum() - 2).getNumericCellValue();
            assertThat(overallCount).isPositive();
        }
    }

    @Test
    void theSurveyPageCarriesChartDataAndTheBundledEcharts() throws Exception {
        HezuoUser head = signedIn("head0701");
        String page = mvc.perform(get("/surveys/" + demoPost(head).getId()).with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-survey-chart=").contains("/webjars/echarts/").contains("echarts.min.js")
                .contains("/js/survey-charts.js").doesNotContain("cdn");
    }

    @Test
    void experimentAgainstControlClassesUsesMannWhitneyForScalesAndSaysItInChinese() throws Exception {
        HezuoUser head = signedIn("head0701");
        Survey post = demoPost(head);
        GroupComparisonReport.Report report = groups.of(head, post.getId(),
                Set.of(classId("七年级1班"), classId("七年级3班")), Set.of(classId("七年级2班")));
        assertThat(report.questions().get(0).test()).isEqualTo(GroupComparisonReport.TestKind.RANK);
        assertThat(report.questions().get(0).rank().nX()).isGreaterThan(report.questions().get(0).rank().nY());
        String page = mvc.perform(get("/surveys/" + post.getId() + "/groups").with(user(head))
                        .param("experimental", String.valueOf(classId("七年级1班")))
                        .param("control", String.valueOf(classId("七年级2班"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("实验班与对照班对比").contains("Mann–Whitney").contains("比差（实验 − 对照");
    }

    @Test
    void aReminderShowsOnTheClassBoardAndMarksTheStudentsCard() throws Exception {
        HezuoUser head = signedIn("head0701");
        LocalDate today = LocalDate.now(clock);
        String title = "提醒测试-" + UUID.randomUUID().toString().substring(0, 6);
        Survey survey = surveys.create(head, new SurveyForm(title, true, SurveyPhase.ONCE, null, today,
                today.plusDays(3), List.of(classId("七年级1班")), List.of("attitude.math")));
        mvc.perform(post("/surveys/" + survey.getId() + "/reminders").with(user(head)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String board = mvc.perform(get("/classes/" + classId("七年级1班") + "/evaluation").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("提醒：请填写问卷「" + title + "」").contains("本班已交 0 /");
        String me = mvc.perform(get("/me").with(user(signedIn("070103"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(me).contains("老师提醒").contains(title);
        // another class's board shows nothing of it
        String other = mvc.perform(get("/classes/" + classId("七年级2班") + "/evaluation")
                        .with(user(signedIn("head0702"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(title);
    }
}
