package cn.hezuo.research.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.rubric.Rubric;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.testsupport.HezuoTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rubric and review pages render in Chinese with the demo data, and a refused score keeps the page and entries. */
@HezuoTest
class ReviewPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired RubricService rubrics;
    @Autowired ReviewService reviews;
    @Autowired ResearchAccess access;

    private HezuoUser account(String name) {
        return (HezuoUser) users.loadUserByUsername(name);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(user(account(username))).locale(Locale.SIMPLIFIED_CHINESE);
    }

    private Rubric demoRubric() {
        return rubrics.all(account("admin").schoolId()).stream().filter(r -> r.getName().equals("课堂教学评价表"))
                .findFirst().orElseThrow();
    }

    private ReviewRound demoRound() {
        return reviews.visibleRounds(account("admin")).stream().filter(r -> r.getName().equals("本学期研修组间互评"))
                .findFirst().orElseThrow();
    }

    @Test
    void theAdminSeesTheRubricsAndTheDemoRubricsItems() throws Exception {
        mvc.perform(as(get("/admin/research/rubrics"), "admin")).andExpect(status().isOk())
                .andExpect(content().string(containsString("课堂教学评价表")));
        mvc.perform(as(get("/admin/research/rubrics/" + demoRubric().getId()), "admin")).andExpect(status().isOk())
                .andExpect(content().string(containsString("小组合作")));
    }

    @Test
    void aBadRubricLineShowsTheFormAgainWithTheReason() throws Exception {
        mvc.perform(as(post("/admin/research/rubrics"), "admin").with(csrf()).param("name", "坏量表" + System.nanoTime())
                        .param("items", "教学目标 | 十"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("第 1 行「教学目标」")));
    }

    @Test
    void theLeaderSeesTheRoundsPageTheRoundAndTheScoringPage() throws Exception {
        mvc.perform(as(get("/research/reviews"), "math0701")).andExpect(status().isOk())
                .andExpect(content().string(containsString("本学期研修组间互评")))
                .andExpect(content().string(containsString("发起组间互评")));
        mvc.perform(as(get("/research/reviews/" + demoRound().getId()), "math0701")).andExpect(status().isOk())
                .andExpect(content().string(containsString("各组得分")));
        mvc.perform(as(get("/research"), "math0701")).andExpect(status().isOk())
                .andExpect(content().string(containsString("截止")));
    }

    @Test
    void aScoreOutOfRangePostedWithoutScriptShowsThePageWithTheMessageAndTheEntries() throws Exception {
        long math = access.activeGroupsOfSchool(account("admin").schoolId()).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow().getId();
        long assignment = reviews.assignments(demoRound().getId()).stream()
                .filter(a -> a.getReviewerGroupId() == math).findFirst().orElseThrow().getId();
        Rubric rubric = demoRubric();
        MockHttpServletRequestBuilder post = as(post("/research/scores/REVIEW/" + assignment), "math0702").with(csrf())
                .param("rubricId", String.valueOf(rubric.getId()));
        long content = rubric.getItems().get(1).getId();
        rubric.getItems().forEach(i -> post.param("s_" + i.getId(), i.getId() == content ? "-1" : "5"));
        mvc.perform(post).andExpect(status().isOk())
                .andExpect(content().string(containsString("「教学内容」的分数须在 0 到 15 之间")))
                .andExpect(content().string(containsString("value=\"-1\"")));
        mvc.perform(as(get("/research/scores/REVIEW/" + assignment), "head0701")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-score-submit"))));
    }
}
