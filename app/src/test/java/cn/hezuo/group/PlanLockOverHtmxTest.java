package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lock toggle on a draft plan is an {@code hx-post} button: its {@code hx-vals} name the student, the new lock
 * state and the version the page shows, and the answer is the workspace fragment with the student locked.
 */
@HezuoTest
class PlanLockOverHtmxTest {

    @Autowired MockMvc mvc;
    @Autowired GroupPlanService plans;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    private final ObjectMapper json = new ObjectMapper();
    private HezuoUser head;
    private GroupPlan draft;

    @BeforeEach
    void draftPlanOfAClass() {
        head = (HezuoUser) users.loadUserByUsername("head0703");
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst()
                .orElseThrow().getId();
        draft = plans.createDraft(head, classId, GroupingForm.defaults());
    }

    @AfterEach
    void discardTheDraft() {
        plans.discard(head, draft.getId());
    }

    @Test
    void lockToggleSendsItsStudentAndTheShownVersionAndGetsTheWorkspaceBackLocked() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/groups/plans/" + draft.getId()).with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Element toggle = page.selectFirst("#workspace .lock-toggle");
        JsonNode values = json.readTree(toggle.attr("hx-vals"));
        assertThat(toggle.attr("hx-post")).isEqualTo("/groups/plans/" + draft.getId() + "/lock");
        assertThat(toggle.attr("hx-target")).isEqualTo("#workspace");
        assertThat(toggle.attr("hx-swap")).isEqualTo("outerHTML");
        assertThat(values.get("studentId").asText()).isEqualTo(toggle.attr("data-student-id"));
        assertThat(values.get("locked").asText()).isEqualTo("true");
        assertThat(values.get("version").asText()).isEqualTo(page.selectFirst("#workspace").attr("data-version"));

        String answer = mvc.perform(post(toggle.attr("hx-post")).with(user(head)).with(csrf().asHeader())
                        .header("HX-Request", "true").param("studentId", values.get("studentId").asText())
                        .param("locked", values.get("locked").asText())
                        .param("version", values.get("version").asText()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain("<html");
        Element locked = Jsoup.parseBodyFragment(answer)
                .selectFirst("#workspace .lock-toggle[data-student-id=" + toggle.attr("data-student-id") + "]");
        assertThat(locked.attr("data-locked")).isEqualTo("true");
        assertThat(json.readTree(locked.attr("hx-vals")).get("locked").asText()).isEqualTo("false");
    }
}
