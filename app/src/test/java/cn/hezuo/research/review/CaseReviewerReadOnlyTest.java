package cn.hezuo.research.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.lessonstudy.CaseForm;
import cn.hezuo.research.lessonstudy.CaseService;
import cn.hezuo.research.lessonstudy.DraftService;
import cn.hezuo.research.lessonstudy.FileKind;
import cn.hezuo.testsupport.HezuoTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reviewers of a case in a round among cases are not members of its group, yet they score it: they open the case
 * read-only (page, drafts, diff, files) while the round is open and after it, and write nothing; a teacher in no round
 * with the case is still refused. The demo school has such a round with scores entered.
 */
@HezuoTest
class CaseReviewerReadOnlyTest {

    @Autowired CaseService caseService;
    @Autowired DraftService drafts;
    @Autowired ResearchAccess researchAccess;
    @Autowired CaseReviewFixture fixture;
    @Autowired ReviewService reviews;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser user(String name) {
        return (HezuoUser) users.loadUserByUsername(name);
    }

    private RequestPostProcessor as(String name) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(name));
    }

    /** A fresh case of the 数学教研组 with two drafts and a file; head0703 (语文) reviews it, due in {@code daysLeft}. */
    private long reviewedCase(int daysLeft) {
        HezuoUser admin = user("admin");
        ResearchGroup math = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long caseId = caseService.create(admin, math.getId(), new CaseForm("互评只读", user("math0702").teacherId(),
                math.getSubjectId(), null, null, "只读课题" + unique, caseService.today(), 0)).getId();
        drafts.write(admin, caseId, "# 只读\n第一段\n第二段", null);
        drafts.write(admin, caseId, "# 只读\n第一段改过\n第二段", null);
        long stepId = caseService.steps(admin, caseId).get(0).getId();
        caseService.attach(admin, caseId, stepId, FileKind.OTHER, "记录.pdf",
                "%PDF-1.4 reviewer".getBytes(StandardCharsets.US_ASCII));
        fixture.reviewerOf(admin, caseId, math.getId(), user("head0703").teacherId(), math.getSubjectId(), unique,
                daysLeft);
        return caseId;
    }

    @Test
    void aReviewerFromAnotherGroupOpensTheCaseItsDraftsDiffAndFilesReadOnly() throws Exception {
        long caseId = reviewedCase(5);
        String c = "/research/cases/" + caseId;
        String page = mvc.perform(get(c).with(as("head0703"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"reviewer-view\"", "只读课题", "draft-link")
                .doesNotContain("id=\"new-draft-link\"", "id=\"add-step\"", "step-upload", "step-form");
        long draftId = drafts.drafts(user("admin"), caseId).get(0).getId();
        assertThat(mvc.perform(get(c + "/drafts/" + draftId).with(as("head0703"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(c + "/diff").with(as("head0703"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"diff-table\"", "diff-ins");
        long fileId = fileOf(caseId);
        assertThat(mvc.perform(get(c + "/files/" + fileId).with(as("head0703"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    private long fileOf(long caseId) throws Exception {
        String page = mvc.perform(get("/research/cases/" + caseId).with(as("admin"))).andReturn().getResponse()
                .getContentAsString();
        var m = java.util.regex.Pattern.compile("/research/cases/" + caseId + "/files/(\\d+)").matcher(page);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aReviewerCommentsOnNothingChangesNoStepAndUploadsNothing() throws Exception {
        long caseId = reviewedCase(5);
        String c = "/research/cases/" + caseId;
        HezuoUser admin = user("admin");
        long draftId = drafts.drafts(admin, caseId).get(0).getId();
        var step = caseService.steps(admin, caseId).get(0);
        assertThat(mvc.perform(post(c + "/drafts/" + draftId + "/comments").with(csrf()).with(as("head0703"))
                .param("paragraph", "1").param("body", "评审者的意见")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(c + "/steps/" + step.getId()).with(csrf()).with(as("head0703"))
                .param("version", String.valueOf(step.getVersion())).param("status", "DONE").param("note", "改了"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart(c + "/steps/" + step.getId() + "/files").file(new MockMultipartFile("file",
                        "评审.pdf", "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII)))
                .param("kind", "OTHER").with(csrf()).with(as("head0703"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(c + "/steps").with(csrf()).with(as("head0703")).param("title", "评审加的")
                .param("dueDate", caseService.today().toString())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(c).with(as("admin"))).andReturn().getResponse().getContentAsString())
                .contains("意见 0 条").doesNotContain("评审者的意见");
        var after = caseService.steps(admin, caseId);
        assertThat(after.get(0).getVersion()).isEqualTo(step.getVersion());
        assertThat(after).noneMatch(s -> "评审加的".equals(s.getTitle()));
    }

    @Test
    void afterTheDeadlineTheReviewerStillReadsTheCaseForTheResults() throws Exception {
        long caseId = reviewedCase(-3);
        assertThat(mvc.perform(get("/research/cases/" + caseId).with(as("head0703"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void aTeacherInNoRoundWithTheCaseIsRefused() throws Exception {
        long caseId = reviewedCase(5);
        assertThat(mvc.perform(get("/research/cases/" + caseId).with(as("head0702"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/research/cases/" + caseId + "/diff").with(as("head0702"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDemoHasACaseRoundWithScoresSoItsResultsAreNotEmpty() throws Exception {
        HezuoUser admin = user("admin");
        ReviewRound round = reviews.visibleRounds(admin).stream().filter(r -> r.getName().equals("本学期磨课案例互评"))
                .findFirst().orElseThrow();
        assertThat(round.isOfCases()).isTrue();
        assertThat(reviews.assignments(round.getId())).hasSize(4)
                .allMatch(a -> a.getRevieweeCaseId() != null && !a.getReviewerGroupId().equals(a.getRevieweeGroupId()));
        String page = mvc.perform(get("/research/reviews/" + round.getId()).with(as("math0701"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).containsPattern("data-total>\\d+\\.\\d<").contains("reviewed-case-link");
    }
}
