package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.CallingPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.school.SchoolClassRepository;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The layout loads htmx and configures CSRF once: every htmx POST the browser sends (here a 随机点名 draw and its
 * 跳过, both {@code hx-post} forms) carries the token of the layout's meta tags in its header, set by app.js.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class HtmxCsrfIT extends BrowserTest {

    @Autowired
    private SchoolClassRepository classes;

    @Test
    void everyHtmxPostCarriesTheCsrfTokenOfTheLayout() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow().getId();
        LoginPage.open(browser).loginAs("head0803", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);
        CallingPage page = CallingPage.open(browser, classId);
        assertThat(page.htmxVersion()).isEqualTo("2.0.10");
        List<String> csrf = page.csrfMeta();

        page.recordRequests();
        page.drawStudent();
        page.pass();

        List<Map<String, Object>> posts = page.recordedRequests().stream()
                .filter(r -> "POST".equals(r.get("method"))).toList();
        assertThat(posts).extracting(r -> (String) r.get("url"))
                .anyMatch(url -> url.endsWith("/calling/draws"))
                .anyMatch(url -> url.endsWith("/pass"));
        assertThat(posts).allSatisfy(post -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> headers = (Map<String, Object>) post.get("headers");
            assertThat(headers).containsEntry("HX-Request", "true").containsEntry(csrf.get(0), csrf.get(1));
        });
    }
}
