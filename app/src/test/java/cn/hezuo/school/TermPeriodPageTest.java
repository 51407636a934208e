package cn.hezuo.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin enters a term's holidays and exam weeks on the terms page; a period outside the term, overlapping another
 * of its kind, without a name or ending before it starts is refused in Chinese beside the form, and nothing is saved.
 */
@HezuoTest
class TermPeriodPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolSetupService setup;
    @Autowired SchoolCalendar calendar;

    private HezuoUser admin;
    private long termId;

    @BeforeEach
    void aTermOfItsOwn() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        int year = 2040 + (int) (System.nanoTime() % 50);
        termId = setup.createTerm(admin.schoolId(), year + "年测试学期" + System.nanoTime() % 1000,
                LocalDate.of(year, 2, 19), LocalDate.of(year, 7, 6)).getId();
    }

    private String add(String kind, String name, String start, String end, int expectedStatus) throws Exception {
        return mvc.perform(post("/admin/terms/" + termId + "/periods").with(user(admin)).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("kind", kind).param("name", name).param("startDate", start).param("endDate", end))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
    }

    private String year() {
        return String.valueOf(calendar.term(admin.schoolId(), termId).orElseThrow().startDate().getYear());
    }

    @Test
    void anAddedHolidayIsListedWithItsWeeksAndCanBeRemoved() throws Exception {
        add("HOLIDAY", "劳动节", year() + "-05-01", year() + "-05-05", 302);
        Document page = Jsoup.parse(mvc.perform(get("/admin/terms").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var section = page.getElementById("term-" + termId + "-periods");
        assertThat(section.select("tr.term-period")).hasSize(1);
        assertThat(section.selectFirst("tr.term-period").text()).contains("劳动节").contains("放假");
        assertThat(calendar.periods(admin.schoolId(), termId)).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(TermPeriodKind.HOLIDAY));

        long periodId = calendar.periods(admin.schoolId(), termId).get(0).id();
        mvc.perform(post("/admin/terms/" + termId + "/periods/" + periodId + "/delete").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.periods(admin.schoolId(), termId)).isEmpty();
    }

    @Test
    void badPeriodsAreRefusedInChineseBesideTheFormAndNothingIsSaved() throws Exception {
        String y = year();
        add("EXAM", "期中考试", y + "-04-20", y + "-04-24", 302);

        String outside = add("HOLIDAY", "寒假", y + "-01-20", y + "-02-25", 409);
        assertThat(Jsoup.parse(outside).getElementById("term-" + termId + "-periods").selectFirst(".period-error").text())
                .contains("日期须在").contains(y + "-02-19");
        assertThat(Jsoup.parse(add("EXAM", "月考", y + "-04-24", y + "-04-27", 409)).selectFirst(".period-error").text())
                .contains("重叠").contains("期中考试");
        assertThat(Jsoup.parse(add("HOLIDAY", " ", y + "-05-01", y + "-05-01", 409)).selectFirst(".period-error").text())
                .contains("请填写名称");
        String backwards = add("HOLIDAY", "清明节", y + "-04-06", y + "-04-04", 409);
        assertThat(Jsoup.parse(backwards).selectFirst(".period-error").text()).contains("结束日期不能早于开始日期");
        assertThat(Jsoup.parse(backwards).selectFirst("#pname-" + termId).attr("value")).as("the entry kept")
                .isEqualTo("清明节");

        assertThat(calendar.periods(admin.schoolId(), termId)).extracting(CalendarPeriod::name).containsExactly("期中考试");
    }
}
