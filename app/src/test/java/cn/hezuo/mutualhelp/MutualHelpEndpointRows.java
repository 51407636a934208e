package cn.hezuo.mutualhelp;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.mutualhelp.questions.QuestionSeeds;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/** Mutual help (issue 16): teachers of the class; students on /me, the 学科组长 / 课代表 pages by role. */
@Order(1500)
public class MutualHelpEndpointRows implements EndpointRows {

    @Autowired QuestionSeeds questionSeeds;
    @Autowired People mutualHelpPeople;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        SchoolClass thisClass = fixture.thisClass();
        long classId = thisClass.getId();
        long schoolId = thisClass.getSchoolId();
        long math = fixture.subject("数学");
        Student me = fixture.student("070101");
        // 070101 is the demo class's 数学课代表 (asserted here so the rows below mean what they say).
        questionSeeds.rep(schoolId, classId, math, me.getId());
        long lessonId = questionSeeds.lesson(schoolId, classId, math, "授权测试学案" + fixture.next(),
                java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
        long questionId = questionSeeds.question(lessonId, me.getId(), "授权测试疑问", null, java.time.Instant.now(),
                png());
        long groupId = mutualHelpPeople.placement(me).orElseThrow().groupId();
        boolean collector = mutualHelpPeople.questionCollector(schoolId, classId, groupId, math)
                .filter(id -> id.equals(me.getId())).isPresent();
        Set<Persona> leader = collector ? STUDENTS : EnumSet.noneOf(Persona.class);
        String base = "/classes/" + classId + "/mutual-help";
        list.add(new Endpoint("GET", "/classes/{classId}/mutual-help", () -> get(base), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/mutual-help/lessons", () -> post(base + "/lessons")
                .param("subjectId", String.valueOf(math)).param("title", "授权测试新学案")
                .param("askDue", "2030-03-01T20:00").param("groupDue", "2030-03-01T21:00")
                .param("classDue", "2030-03-02T07:00").param("lessonAt", "2030-03-02T08:00"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/mutual-help/reps", () -> post(base + "/reps")
                .param("subjectId", String.valueOf(math)).param("studentId", String.valueOf(me.getId())), CLASS_MANAGERS));
        String lesson = "/mutual-help/lessons/" + lessonId;
        list.add(new Endpoint("GET", "/mutual-help/lessons/{lessonId}", () -> get(lesson), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/mutual-help/lessons/{lessonId}/topics/{questionId}/outcome",
                () -> post(lesson + "/topics/" + questionId + "/outcome").param("outcome", "IN_CLASS"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/mutual-help/lessons/{lessonId}/reflection",
                () -> post(lesson + "/reflection"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/reflection",
                () -> post("/me/mutual-help/lessons/" + lessonId + "/reflection").param("gains", "授权测试收获"), STUDENTS));
        Set<Persona> photoViewers = EnumSet.copyOf(CLASS_VIEWERS);
        photoViewers.add(Persona.STUDENT);
        list.add(new Endpoint("GET", "/mutual-help/questions/{questionId}/photo",
                () -> get("/mutual-help/questions/" + questionId + "/photo"), photoViewers));
        String mine = "/me/mutual-help/lessons/" + lessonId;
        list.add(new Endpoint("GET", "/me/mutual-help", () -> get("/me/mutual-help"), STUDENTS));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/questions", () -> multipart(mine + "/questions")
                .param("body", "授权测试提问").param("requestId", java.util.UUID.randomUUID().toString()), STUDENTS));
        list.add(new Endpoint("GET", "/me/mutual-help/lessons/{lessonId}/group", () -> get(mine + "/group"), leader));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/group/merge", () -> post(mine + "/group/merge")
                .param("questionId", String.valueOf(questionId)), leader));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/group/solved", () -> post(mine + "/group/solved")
                .param("questionId", String.valueOf(questionId)).param("solved", "false"), leader));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/group/submit", () -> post(mine + "/group/submit"),
                leader));
        list.add(new Endpoint("GET", "/me/mutual-help/lessons/{lessonId}/class", () -> get(mine + "/class"), STUDENTS));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/class/merge", () -> post(mine + "/class/merge")
                .param("questionId", String.valueOf(questionId)), STUDENTS));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/class/submit", () -> post(mine + "/class/submit"),
                STUDENTS));
    }

    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
