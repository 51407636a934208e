package cn.hezuo.research;

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
import cn.hezuo.research.lessonstudy.LessonStudyDraft;
import cn.hezuo.research.lessonstudy.LessonStudyStep;
import cn.hezuo.research.review.CaseReviewFixture;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockMultipartFile;

/**
 * 磨课 (issue 15), in the demo's 数学教研组: math0701 leads it, math0702 (a member) is the case's 执教人, so the case's
 * editors are the admin, the leader and the 执教人 — the same people as {@link ResearchEndpointRows#RESEARCH_MEMBERS};
 * creating a case and the self-evaluation are for {@link ResearchEndpointRows#RESEARCH_LEADERS}. The head teachers
 * (语文) are in no math group and are refused, like students — except head0701, made a reviewer of the case in a
 * round among cases ({@link CaseReviewFixture}), who may read the case, its drafts, diff and files and nothing more.
 */
@Order(1420)
public class LessonStudyEndpointRows implements EndpointRows {

    @Autowired ResearchAccess researchAccess;
    @Autowired CaseService lessonStudyCases;
    @Autowired DraftService lessonStudyDrafts;
    @Autowired CaseReviewFixture caseReviews;

    /** Who reads a case: its group's people and the admin, and a reviewer of it from another group (head0701). */
    static final Set<Persona> READERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        HezuoUser admin = fixture.user("admin");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        long teacherId = fixture.teacher("math0702").getId();
        long mathId = fixture.subject("数学");
        Supplier<Long> freshCase = () -> lessonStudyCases.create(admin, group.getId(), new CaseForm("授权测试主题",
                teacherId, mathId, null, null, "授权测试课题" + fixture.next(), LocalDate.now(), 0)).getId();
        long caseId = freshCase.get();
        long otherCaseId = freshCase.get();
        String c = "/research/cases/" + caseId;
        // head0701 (语文) reviews this case in a case round from a group of their own: reads it, writes nothing
        caseReviews.reviewerOf(admin, caseId, group.getId(), fixture.teacher("head0701").getId(), mathId,
                "授权测试" + java.util.UUID.randomUUID().toString().substring(0, 8), 7);
        Supplier<LessonStudyStep> firstStep = () -> lessonStudyCases.steps(admin, caseId).get(0);
        Supplier<Long> freshStep = () -> lessonStudyCases.addStep(admin, caseId, "授权测试步骤" + fixture.next(),
                teacherId, LocalDate.now()).getId();
        byte[] pdf = "%PDF-1.4 authorization test".getBytes(StandardCharsets.US_ASCII);
        Supplier<Long> freshFile = () -> lessonStudyCases.attach(admin, caseId, firstStep.get().getId(), FileKind.OTHER,
                "授权测试.pdf", pdf);
        long fileId = freshFile.get();
        LessonStudyDraft draft = lessonStudyDrafts.write(admin, caseId, "# 授权测试\n第一段\n第二段", null);
        lessonStudyDrafts.write(admin, caseId, "# 授权测试\n第一段改\n第二段", null);
        Supplier<LessonStudyDraft> newest = () -> lessonStudyDrafts.drafts(admin, caseId).get(
                lessonStudyDrafts.drafts(admin, caseId).size() - 1);
        Supplier<Long> freshComment = () -> lessonStudyDrafts.comment(admin, caseId, draft.getId(), 1,
                "授权测试意见" + fixture.next()).getId();

        list.add(new Endpoint("GET", "/research/cases", () -> get("/research/cases"), ResearchEndpointRows.STAFF));
        list.add(new Endpoint("POST", "/research/cases", () -> post("/research/cases")
                .param("groupId", String.valueOf(group.getId())).param("theme", "授权测试主题")
                .param("teacherId", String.valueOf(teacherId)).param("subjectId", String.valueOf(mathId))
                .param("topic", "授权测试新课例" + fixture.next()).param("version", "0"),
                ResearchEndpointRows.RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/cases/{caseId}", () -> get(c), READERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}", () -> {
            return post(c).param("theme", "授权测试主题").param("teacherId", String.valueOf(teacherId))
                    .param("subjectId", String.valueOf(mathId)).param("topic", "授权测试课题")
                    .param("version", String.valueOf(lessonStudyCases.lessonCase(admin, caseId).getVersion()));
        }, ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/roles", () -> post(c + "/roles")
                .param("teacherId", String.valueOf(teacherId)).param("role", "OBSERVER"),
                ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/pair", () -> post(c + "/pair")
                .param("otherCaseId", String.valueOf(otherCaseId)), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/steps", () -> post(c + "/steps")
                .param("title", "授权测试步骤").param("ownerId", String.valueOf(teacherId))
                .param("dueDate", LocalDate.now().toString()), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/steps/{stepId}", () -> {
            LessonStudyStep step = firstStep.get();
            return post(c + "/steps/" + step.getId()).param("version", String.valueOf(step.getVersion()))
                    .param("status", "OPEN").param("note", "授权测试记录");
        }, ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/steps/{stepId}/delete",
                () -> post(c + "/steps/" + freshStep.get() + "/delete"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/steps/{stepId}/move",
                () -> post(c + "/steps/" + firstStep.get().getId() + "/move").param("direction", "1"),
                ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/steps/{stepId}/files",
                () -> multipart(c + "/steps/" + firstStep.get().getId() + "/files")
                        .file(new MockMultipartFile("file", "授权测试.pdf", "application/pdf", pdf))
                        .param("kind", "MINUTES"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/cases/{caseId}/files/{fileId}", () -> get(c + "/files/" + fileId),
                READERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/files/{fileId}/delete",
                () -> post(c + "/files/" + freshFile.get() + "/delete"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/self-evaluation", () -> post(c + "/self-evaluation")
                .param("level_GOAL", "3").param("remark_GOAL", "授权测试").param("comment", "授权测试"),
                ResearchEndpointRows.RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/cases/{caseId}/drafts/new", () -> get(c + "/drafts/new"),
                ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/drafts", () -> post(c + "/drafts")
                .param("text", "# 授权测试\n新的一稿").param("changeNote", "授权测试"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/drafts/upload", () -> multipart(c + "/drafts/upload")
                .file(new MockMultipartFile("file", "授权测试稿.pdf", "application/pdf", pdf)),
                ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/cases/{caseId}/drafts/{draftId}",
                () -> get(c + "/drafts/" + draft.getId()), READERS));
        list.add(new Endpoint("GET", "/research/cases/{caseId}/drafts/{draftId}/edit",
                () -> get(c + "/drafts/" + draft.getId() + "/edit"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/drafts/{draftId}", () -> {
            LessonStudyDraft last = newest.get();
            return post(c + "/drafts/" + last.getId()).param("version", String.valueOf(last.getVersion()))
                    .param("text", "# 授权测试\n改过的一稿");
        }, ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/drafts/{draftId}/comments",
                () -> post(c + "/drafts/" + draft.getId() + "/comments").param("paragraph", "1")
                        .param("body", "授权测试意见"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/cases/{caseId}/comments/{commentId}/decision",
                () -> post(c + "/comments/" + freshComment.get() + "/decision").param("decision", "NOT_ADOPTED")
                        .param("reason", "授权测试理由"), ResearchEndpointRows.RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/cases/{caseId}/diff", () -> get(c + "/diff"), READERS));
    }
}
