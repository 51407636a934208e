package cn.hezuo.research.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's observation pages as a member reads them: the group's list links both comparisons, the 实验课与对照课
 * table carries the document's rows and figures, a lesson's report shows combined numbers and the observers' reports,
 * and the .xlsx holds the same minutes.
 */
@HezuoTest
class ObservationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ResearchAccess researchAccess;
    @Autowired ObservationService service;

    private long mathGroup() {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        return group.getId();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername("math0702"))).locale(Locale.SIMPLIFIED_CHINESE))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theExperimentTableHasTheDocumentsRowsAndTheDemoFigures() throws Exception {
        String html = page("/research/groups/" + mathGroup() + "/observations/compare?experiment=true");
        assertThat(html).contains("教学方法", "教学内容", "教师直接讲授时间", "学生发言人数", "讨论时间", "做题正确率")
                .contains("10 分钟", "22 分钟", "23 人", "16 人", "89%", "73%");
    }

    @Test
    void theListOffersBothPairsAndTheSideBySidePageShowsTwoTeachings() throws Exception {
        long group = mathGroup();
        String list = page("/research/groups/" + group + "/observations");
        assertThat(list).contains("磨课-一元一次方程的应用", "同课异构-有理数的加法", "实验课与对照课对比");
        String compare = mvc.perform(get("/research/groups/" + group + "/observations/compare")
                        .param("pair", "磨课-一元一次方程的应用").with(user(users.loadUserByUsername("math0702")))
                        .locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse().getContentAsString();
        assertThat(compare).contains("第1次执教", "第2次执教", "compare-lesson");
    }

    @Test
    void aLessonsReportShowsTheCombinedNumbersAndTheObserversReportsAndExportsThem() throws Exception {
        ObservedLesson experimental = service.lessonsOf(mathGroup()).stream()
                .filter(l -> l.getLabel() == ObservedLesson.Label.EXPERIMENTAL).findFirst().orElseThrow();
        String html = page("/research/observations/" + experimental.getId());
        assertThat(html).contains("id=\"fig-speakers\">23<", "教师直接讲授约 10 分钟", "data-timeline=");
        byte[] xlsx = mvc.perform(get("/research/observations/" + experimental.getId() + "/report.xlsx")
                        .with(user(users.loadUserByUsername("math0702"))).locale(Locale.SIMPLIFIED_CHINESE))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("时间分配").getRow(1).getCell(0).getStringCellValue()).isEqualTo("教师讲授");
            assertThat(book.getSheet("时间分配").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(10.3);
            assertThat(book.getSheet("学生发言").getPhysicalNumberOfRows()).isEqualTo(24);
        }
    }
}
