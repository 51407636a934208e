package cn.hezuo.survey;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.survey.questionnaire.PaperImportKind;
import cn.hezuo.survey.questionnaire.SurveyForm;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyService;
import cn.hezuo.survey.project.DocumentKind;
import cn.hezuo.survey.project.ProjectService;
import cn.hezuo.survey.project.ProjectStage;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import cn.hezuo.upload.StagedImport;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockMultipartFile;

/** 问卷 (issue 17): everything of cn.hezuo.survey. */
@Order(1600)
public class SurveyEndpointRows implements EndpointRows {

    @Autowired SurveyService surveyService;
    @Autowired PaperImportKind paperImportKind;
    @Autowired StagedImport stagedImport;
    @Autowired ProjectService projectService;
    @Autowired cn.hezuo.teacher.TeacherDirectory teachers;

    /** A survey of this class by its head teacher; teachers build, viewers of the class read, the student answers. */
    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        HezuoUser head = fixture.user("head0701");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long surveyId = surveyService.create(head, new SurveyForm("授权测试问卷", true,
                SurveyPhase.ONCE, null, today, today.plusDays(7), List.of(classId),
                List.of("attitude.math"))).getId();
        long questionId = surveyService.questions(surveyId).get(0).getId();
        Set<Persona> teachersAndAdmin = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
                Persona.HEAD_TEACHER_OTHER_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
        list.add(new Endpoint("GET", "/surveys", () -> get("/surveys"), teachersAndAdmin));
        list.add(new Endpoint("GET", "/surveys/new", () -> get("/surveys/new"), teachersAndAdmin));
        list.add(new Endpoint("POST", "/surveys", () -> post("/surveys").param("title", "授权测试新问卷")
                .param("anonymous", "true").param("phase", "ONCE").param("opensOn", today.toString())
                .param("closesOn", today.plusDays(3).toString()).param("classIds", String.valueOf(classId))
                .param("bankCodes", "attitude.math"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}", () -> get("/surveys/" + surveyId), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}/prepost", () -> get("/surveys/" + surveyId + "/prepost"),
                CLASS_VIEWERS));
        String uploadId = stagedImport.upload(paperImportKind, head, surveyId, "paper.csv",
                "班级,1\n七年级1班,1\n".getBytes(StandardCharsets.UTF_8));
        String imports = "/surveys/" + surveyId + "/import";
        list.add(new Endpoint("GET", "/surveys/{surveyId}/import", () -> get(imports), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/import", () -> post(imports), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}/import/{uploadId}", () -> get(imports + "/" + uploadId),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/import/{uploadId}/confirm",
                () -> post(imports + "/" + uploadId + "/confirm"), CLASS_VIEWERS));
        addBuilderRows(list, head, surveyId);
        list.add(new Endpoint("GET", "/surveys/{surveyId}/rates", () -> get("/surveys/" + surveyId + "/rates"),
                CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}/results.xlsx",
                () -> get("/surveys/" + surveyId + "/results.xlsx"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/reminders",
                () -> post("/surveys/" + surveyId + "/reminders"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/copy", () -> post("/surveys/" + surveyId + "/copy")
                .param("title", "授权测试问卷副本").param("opensOn", today.plusDays(1).toString())
                .param("closesOn", today.plusDays(8).toString()), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}/groups", () -> get("/surveys/" + surveyId + "/groups"),
                CLASS_VIEWERS));
        addProjectRows(list, fixture, head, teachersAndAdmin);
        list.add(new Endpoint("GET", "/me/surveys/{surveyId}", () -> get("/me/surveys/" + surveyId), STUDENTS));
        list.add(new Endpoint("POST", "/me/surveys/{surveyId}/answers", () -> post("/me/surveys/" + surveyId
                + "/answers").param("questionId", String.valueOf(questionId)).param("index", "1")
                .param("option", "0"), STUDENTS));
        list.add(new Endpoint("POST", "/me/surveys/{surveyId}/submit", () -> post("/me/surveys/" + surveyId
                + "/submit"), STUDENTS));
    }

    /** The question editor: the creator (this class's head) and the admin; a fresh survey nobody answers. */
    private void addBuilderRows(List<Endpoint> list, HezuoUser head, long answeredSurveyId) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long surveyId = surveyService.create(head, new SurveyForm("授权测试自编问卷", true, SurveyPhase.ONCE, null,
                today, today.plusDays(7), List.of(surveyService.require(head, answeredSurveyId).getClassIds()
                        .iterator().next()), List.of("attitude.math", "attitude.class"))).getId();
        List<Long> questionIds = surveyService.questions(surveyId).stream().map(q -> q.getId()).toList();
        String base = "/surveys/" + surveyId + "/questions";
        list.add(new Endpoint("GET", "/surveys/{surveyId}/questions", () -> get(base), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/questions", () -> post(base).param("kind", "SINGLE")
                .param("prompt", "授权测试题").param("options", "是\n否"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/questions/{questionId}/move",
                () -> post(base + "/" + questionIds.get(1) + "/move").param("delta", "-1"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/questions/{questionId}/delete",
                () -> post(base + "/" + questionIds.get(0) + "/delete"), CLASS_MANAGERS));
    }

    /** 课题: any teacher lists and creates; only the admin and the members (here this class's head) open one. */
    private void addProjectRows(List<Endpoint> list, AuthzFixture fixture, HezuoUser head,
                                Set<Persona> teachersAndAdmin) {
        long headTeacherId = teachers.byAccount(head.accountId()).orElseThrow().getId();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        var form = projectForm(fixture, headTeacherId, today);
        long projectId = projectService.create(head, form).getId();
        projectService.addMilestone(head, projectId, ProjectStage.PREPARE, today, "授权测试节点");
        long milestoneId = projectService.milestones(projectId).get(0).getId();
        projectService.upload(head, projectId, DocumentKind.PLAN, "plan.pdf",
                "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
        long documentId = projectService.documents(projectId).get(0).id();
        String base = "/projects/" + projectId;
        list.add(new Endpoint("GET", "/projects", () -> get("/projects"), teachersAndAdmin));
        list.add(new Endpoint("GET", "/projects/new", () -> get("/projects/new"), teachersAndAdmin));
        list.add(new Endpoint("POST", "/projects", () -> post("/projects").param("title", "授权测试新课题")
                .param("level", "SCHOOL").param("startsOn", today.toString()).param("endsOn", today.plusDays(90)
                        .toString()).param("memberIds", String.valueOf(headTeacherId))
                .param("experimentClassIds", String.valueOf(fixture.classId())).param("version", "-1"),
                teachersAndAdmin));
        list.add(new Endpoint("GET", "/projects/{projectId}", () -> get(base), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/projects/{projectId}/edit", () -> get(base + "/edit"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/projects/{projectId}", () -> post(base).param("title", "授权测试课题")
                .param("level", "DISTRICT").param("startsOn", today.minusDays(30).toString())
                .param("endsOn", today.plusDays(90).toString()).param("memberIds", String.valueOf(headTeacherId))
                .param("experimentClassIds", String.valueOf(fixture.classId()))
                .param("controlClassIds", String.valueOf(fixture.otherClass().getId()))
                .param("version", "0"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/projects/{projectId}/milestones", () -> post(base + "/milestones")
                .param("stage", "IMPLEMENT").param("dueOn", today.toString()).param("title", "授权测试节点2"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/projects/{projectId}/milestones/{milestoneId}/toggle",
                () -> post(base + "/milestones/" + milestoneId + "/toggle"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/projects/{projectId}/documents", () -> multipart(base + "/documents")
                .file(new MockMultipartFile("file", "paper.pdf", "application/pdf",
                        "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))).param("kind", "PAPER"), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/projects/{projectId}/documents/{documentId}",
                () -> get(base + "/documents/" + documentId), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/projects/{projectId}/evidence", () -> get(base + "/evidence"),
                CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/projects/{projectId}/report", () -> get(base + "/report"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/projects/{projectId}/report", () -> post(base + "/report")
                .param("methodText", "授权测试").param("reflection", "").param("version", "0"), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/projects/{projectId}/report.docx", () -> get(base + "/report.docx"),
                CLASS_MANAGERS));
    }

    private static cn.hezuo.survey.project.ProjectForm projectForm(AuthzFixture fixture, long teacherId,
                                                                   java.time.LocalDate today) {
        return new cn.hezuo.survey.project.ProjectForm("授权测试课题", cn.hezuo.survey.project.ProjectLevel.SCHOOL,
                today.minusDays(30), today.plusDays(90), List.of(teacherId), List.of(fixture.classId()),
                List.of(fixture.otherClass().getId()), -1);
    }
}
