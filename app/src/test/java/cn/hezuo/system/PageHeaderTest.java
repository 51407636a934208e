package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages that share the page header ({@code fragments/header}) show one title bar: one h1 with the page's title,
 * the line under it (the class, linked to its page, or the page's own line) and the page's actions.
 */
@HezuoTest
class PageHeaderTest {

    @Autowired MockMvc mvc;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    @Test
    void classPagesShowTheirTitleTheClassAndTheirActionsInOneHeader() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0803");
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow();
        String base = "/classes/" + schoolClass.getId();
        // page → its title (zh-CN), and the id of one of its actions (null: a page without actions)
        Map<String, List<String>> pages = Map.of(
                base + "/calling", List.of("随机点名", "start-lesson"),
                base + "/calling/log", List.of("公平性记录", "back-to-calling"),
                base + "/evaluation/items", List.of("点评项", "to-board"),
                base + "/evaluation/settings", List.of("评价设置", "to-board"),
                base + "/groups", List.of("学习小组分组", "link-roles"),
                base + "/roles", List.of("小组角色", "link-seating"),
                base + "/peer-evaluation", List.of("自评与互评", ""));
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            Element header = onlyHeader(page.getKey(), head);
            assertThat(header.select("h1").text()).as(page.getKey()).isEqualTo(page.getValue().get(0));
            assertThat(header.selectFirst(".page-title a[href=" + base + "]")).as(page.getKey() + ": class link")
                    .isNotNull().extracting(Element::text).isEqualTo("八年级3班");
            if (!page.getValue().get(1).isEmpty()) {
                assertThat(header.selectFirst(".page-actions #" + page.getValue().get(1))).as(page.getKey())
                        .isNotNull();
            }
        }
    }

    @Test
    void pagesWithTheirOwnLineShowItUnderTheTitle() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0803");
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow();
        String base = "/classes/" + schoolClass.getId();
        Map<String, List<String>> pages = Map.of(
                base + "/evaluation/weekly", List.of("八年级3班 周评", "weekly-week", "weekly-export"),
                base + "/evaluation/weekly/stars", List.of("八年级3班 周评表", "stars-week", "stars-to-weekly"),
                base + "/evaluation/report", List.of("八年级3班 评价统计", "report-range", "report-export"));
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            Element header = onlyHeader(page.getKey(), head);
            assertThat(header.select("h1").text()).as(page.getKey()).isEqualTo(page.getValue().get(0));
            assertThat(header.selectFirst(".page-title #" + page.getValue().get(1))).as(page.getKey()).isNotNull();
            assertThat(header.selectFirst(".page-actions #" + page.getValue().get(2))).as(page.getKey()).isNotNull();
        }
    }

    @Test
    void schoolPagesWithoutAClassShowNoClassLine() throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        Element header = onlyHeader("/admin/teachers", admin);
        assertThat(header.select("h1").text()).isEqualTo("教师");
        assertThat(header.select(".page-title a")).isEmpty();
        assertThat(header.selectFirst(".page-actions #new-teacher")).isNotNull();
        assertThat(onlyHeader("/exams", admin).selectFirst(".page-actions #tracking-link")).isNotNull();
    }

    private Element onlyHeader(String path, HezuoUser who) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".page-header")).as(path + ": one page header").hasSize(1);
        assertThat(page.select("h1")).as(path + ": one h1").hasSize(1);
        return page.selectFirst(".page-header");
    }
}
