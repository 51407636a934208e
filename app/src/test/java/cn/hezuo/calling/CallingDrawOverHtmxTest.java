package cn.hezuo.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The front end is htmx-first: the layout loads htmx from its webjar and carries the CSRF meta tags that app.js
 * turns into a header on every htmx request; a 随机点名 draw is an {@code hx-post} whose answer is the result panel.
 * Without the header Spring Security refuses the POST, with it the fragment comes back.
 */
@HezuoTest
class CallingDrawOverHtmxTest {

    @Autowired MockMvc mvc;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    private HezuoUser head;
    private long classId;

    @BeforeEach
    void headTeacherOfAClass() {
        head = (HezuoUser) users.loadUserByUsername("head0803");
        classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void layoutLoadsHtmxBeforeAppJsAndCarriesTheCsrfMetaTags() throws Exception {
        Document page = callingPage();

        // Written version-less in the layout (@{/webjars/htmx.org/dist/htmx.min.js}); the webjar locator may add it.
        Element htmx = page.selectFirst("head script[src~=^/webjars/htmx\\.org/(2\\.[0-9.]+/)?dist/htmx\\.min\\.js$]");
        Element app = page.selectFirst("head script[src=\"/js/app.js\"]");
        assertThat(htmx).as("htmx from its webjar").isNotNull();
        assertThat(app).isNotNull();
        assertThat(htmx.elementSiblingIndex()).isLessThan(app.elementSiblingIndex());
        assertThat(page.selectFirst("meta[name=_csrf]").attr("content")).isNotBlank();
        assertThat(page.selectFirst("meta[name=_csrf_header]").attr("content")).isEqualTo("X-CSRF-TOKEN");
        for (String url : new String[] {htmx.attr("src"), "/webjars/htmx.org/dist/htmx.min.js"}) {
            String script = mvc.perform(get(url).with(user(head)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(script).as(url).contains("htmx");
        }
    }

    @Test
    void everyDrawButtonIsAnHtmxPostIntoTheResultPanelThatStillWorksAsAPlainForm() throws Exception {
        Document page = callingPage();

        Element modes = page.selectFirst("#calling-modes");
        assertThat(modes.attr("hx-target")).isEqualTo("#calling-result");
        assertThat(modes.attr("hx-swap")).isEqualTo("innerHTML");
        assertThat(modes.attr("hx-sync")).as("one draw at a time").isEqualTo("this:drop");
        assertThat(modes.select("form.draw-form")).hasSize(page.select("form.draw-form").size()).isNotEmpty()
                .allSatisfy(form -> {
                    assertThat(form.attr("hx-post")).isEqualTo("/classes/" + classId + "/calling/draws")
                            .isEqualTo(form.attr("action"));
                    assertThat(form.attr("method")).isEqualTo("post");
                });
    }

    @Test
    void anHtmxDrawWithoutTheCsrfHeaderIsRefused() throws Exception {
        mvc.perform(post("/classes/" + classId + "/calling/draws").with(user(head)).header("HX-Request", "true")
                        .param("mode", "STUDENT").param("requestId", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anHtmxDrawWithTheCsrfHeaderAnswersWithTheResultPanelAndItsPassButton() throws Exception {
        String answer = mvc.perform(post("/classes/" + classId + "/calling/draws").with(user(head))
                        .with(csrf().asHeader()).header("HX-Request", "true")
                        .param("mode", "STUDENT").param("requestId", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Document fragment = Jsoup.parseBodyFragment(answer);
        assertThat(answer).doesNotContain("<html");
        assertThat(fragment.selectFirst("#result").attr("data-mode")).isEqualTo("STUDENT");
        Element pass = fragment.selectFirst("form.pass-form");
        assertThat(pass.attr("hx-post")).endsWith("/pass").isEqualTo(pass.attr("action"));
        assertThat(pass.attr("hx-target")).isEqualTo("#calling-result");
    }

    @Test
    void anHtmxAbsentToggleAnswersWithTheSeatAndTheCountAndAPlainFormStillRedirects() throws Exception {
        Element seat = callingPage().selectFirst(".calling-groups li.seat[data-absent=false]");
        String studentId = seat.attr("data-student-id");
        Element form = seat.selectFirst("form");
        assertThat(form.attr("hx-post")).isEqualTo(form.attr("action")).endsWith("/calling/absent");
        assertThat(form.attr("hx-target")).isEqualTo("closest li.seat");
        assertThat(form.attr("hx-swap")).isEqualTo("outerHTML");
        String before = callingPage().selectFirst("#calling-present").text();

        String answer = mvc.perform(post("/classes/" + classId + "/calling/absent").with(user(head))
                        .with(csrf().asHeader()).header("HX-Request", "true")
                        .param("studentId", studentId).param("absent", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        try {
            Document fragment = Jsoup.parseBodyFragment(answer);
            assertThat(answer).doesNotContain("<html");
            Element swapped = fragment.selectFirst("li.seat");
            assertThat(swapped.attr("data-student-id")).isEqualTo(studentId);
            assertThat(swapped.attr("data-absent")).isEqualTo("true");
            assertThat(swapped.selectFirst("input[name=absent]").attr("value")).as("the next tap undoes").isEqualTo("false");
            Element count = fragment.selectFirst("#calling-present");
            assertThat(count.attr("hx-swap-oob")).isEqualTo("true");
            assertThat(count.text()).isNotEqualTo(before).isEqualTo(callingPage().selectFirst("#calling-present").text());
        } finally {
            mvc.perform(post("/classes/" + classId + "/calling/absent").with(user(head)).with(csrf())
                            .param("studentId", studentId).param("absent", "false"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    private Document callingPage() throws Exception {
        String html = mvc.perform(get("/classes/" + classId + "/calling").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
