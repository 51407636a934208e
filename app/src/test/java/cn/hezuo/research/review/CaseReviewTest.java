package cn.hezuo.research.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.lessonstudy.LessonStudyCases;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Review rounds among lesson-study cases (V82): every case of the chosen groups is reviewed by the groups of k other
 * cases, never by its own group; the pairs name the cases; the reviewing group's members see it due at home.
 */
@HezuoTest
class CaseReviewTest {

    @Autowired ReviewService reviews;
    @Autowired ReviewTargets targets;
    @Autowired RubricService rubrics;
    @Autowired LessonStudyCases cases;
    @Autowired ResearchTerms terms;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser user(String name) {
        return (HezuoUser) users.loadUserByUsername(name);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(name));
    }

    private long demoRubric() {
        return rubrics.all(user("admin").schoolId()).stream().filter(r -> r.getName().equals("课堂教学评价表"))
                .findFirst().orElseThrow().getId();
    }

    @Test
    void everyCaseIsReviewedKTimesByOtherGroupsAndTheSeedDrawsTheSamePairsAgain() {
        ReviewRound round = reviews.start(user("admin"), new ReviewService.StartForm("案例互评测试", null, false, 1,
                99L, demoRubric(), terms.today().plusDays(5), ReviewTarget.CASE));
        assertThat(round.getTarget()).isEqualTo(ReviewTarget.CASE);
        List<ReviewAssignment> pairs = reviews.assignments(round.getId());
        Map<Long, LessonStudyCases.CaseRow> byId = new HashMap<>();
        cases.ofSchool(user("admin").schoolId()).forEach(c -> byId.put(c.id(), c));
        Map<Long, Integer> given = new HashMap<>();
        Map<Long, Integer> received = new HashMap<>();
        for (ReviewAssignment a : pairs) {
            assertThat(a.getReviewerCaseId()).isNotNull();
            assertThat(a.getRevieweeCaseId()).isNotNull();
            assertThat(a.getReviewerGroupId()).isNotEqualTo(a.getRevieweeGroupId());
            assertThat(byId.get(a.getReviewerCaseId()).groupId()).isEqualTo(a.getReviewerGroupId());
            assertThat(byId.get(a.getRevieweeCaseId()).groupId()).isEqualTo(a.getRevieweeGroupId());
            given.merge(a.getReviewerCaseId(), 1, Integer::sum);
            received.merge(a.getRevieweeCaseId(), 1, Integer::sum);
        }
        assertThat(given.values()).containsOnly(1);
        assertThat(received.values()).containsOnly(1);
        assertThat(received.keySet()).isEqualTo(given.keySet()).containsAll(cases.pairs(user("admin")).values()
                .stream().flatMap(List::stream).map(LessonStudyCases.CaseRow::id).toList());

        ReviewRound again = reviews.start(user("admin"), new ReviewService.StartForm("案例互评测试二", null, false, 1,
                99L, demoRubric(), terms.today().plusDays(5), ReviewTarget.CASE));
        assertThat(reviews.assignments(again.getId())).extracting(a -> a.getReviewerCaseId() + ">" + a.getRevieweeCaseId())
                .containsExactlyElementsOf(pairs.stream().map(a -> a.getReviewerCaseId() + ">" + a.getRevieweeCaseId())
                        .toList());

        // the pair names the reviewed case, and the reviewing group's members see it due at home
        ReviewAssignment first = pairs.get(0);
        String title = targets.describe(user("admin"), first.getId()).title();
        assertThat(title).contains("《" + byId.get(first.getRevieweeCaseId()).topic() + "》");
        HezuoUser leaderOfReviewer = user("math0701");
        if (reviews.isMemberOf(leaderOfReviewer, first.getReviewerGroupId())) {
            assertThat(reviews.dueFor(leaderOfReviewer)).extracting(ReviewService.Due::assignmentId)
                    .contains(first.getId());
        }
    }

    @Test
    void tooManyReviewsAmongCasesAreRefusedStoringNothing() {
        assertThatThrownBy(() -> reviews.start(user("admin"), new ReviewService.StartForm("案例互评过多", null, false,
                500, 1L, demoRubric(), terms.today().plusDays(5), ReviewTarget.CASE)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("research.review.error.infeasibleCase"));
        assertThat(reviews.visibleRounds(user("admin")).stream().map(ReviewRound::getName))
                .doesNotContain("案例互评过多");
    }

    @Test
    void theStartFormDrawsAmongCasesAndTheRoundPageNamesTheCases() throws Exception {
        var started = mvc.perform(post("/research/reviews").with(csrf()).with(as("admin"))
                .param("name", "案例互评页面").param("target", "CASE").param("reviews", "1").param("seed", "5")
                .param("rubricId", String.valueOf(demoRubric()))
                .param("deadline", terms.today().plusDays(3).toString())).andReturn().getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        String page = mvc.perform(get(started.getRedirectedUrl()).with(as("admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("案例互评页面", "《", "review-pairs", "review-results");
        String list = mvc.perform(get("/research/reviews").with(as("admin"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("review-target-CASE", "案例互评");
        String refused = mvc.perform(post("/research/reviews").with(csrf()).with(as("admin"))
                .param("name", "案例互评太多").param("target", "CASE").param("reviews", "400")
                .param("rubricId", String.valueOf(demoRubric()))
                .param("deadline", terms.today().plusDays(3).toString())).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("本组不评本组的案例时，无法让每个案例被评 400 次");
    }
}
