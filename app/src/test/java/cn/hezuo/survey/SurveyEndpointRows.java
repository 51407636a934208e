package cn.hezuo.survey;

import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.survey.questionnaire.PaperImportKind;
import cn.hezuo.survey.questionnaire.SurveyForm;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyService;
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

/** 问卷 (issue 17): everything of cn.hezuo.survey. */
@Order(1600)
public class SurveyEndpointRows implements EndpointRows {

    @Autowired SurveyService surveyService;
    @Autowired PaperImportKind paperImportKind;
    @Autowired StagedImport stagedImport;

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
        list.add(new Endpoint("GET", "/me/surveys/{surveyId}", () -> get("/me/surveys/" + surveyId), STUDENTS));
        list.add(new Endpoint("POST", "/me/surveys/{surveyId}/answers", () -> post("/me/surveys/" + surveyId
                + "/answers").param("questionId", String.valueOf(questionId)).param("index", "1")
                .param("option", "0"), STUDENTS));
        list.add(new Endpoint("POST", "/me/surveys/{surveyId}/submit", () -> post("/me/surveys/" + surveyId
                + "/submit"), STUDENTS));
    }
}
