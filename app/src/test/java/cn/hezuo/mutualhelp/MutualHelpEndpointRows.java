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

/**
 * Mutual help (issue 16): teachers of the class; students on /me, the 学科组长 / 课代表 pages by role. Ordered before
 * the group feature's rows (700): those regroup 七年级1班 and change its roles, while these rows decide who collects and
 * which group a resource belongs to from the demo's groups as they are when the rows are made.
 */
@Order(650)
public class MutualHelpEndpointRows implements EndpointRows {

    @Autowired QuestionSeeds questionSeeds;
    @Autowired cn.hezuo.mutualhelp.board.BoardSeeds boardSeeds;
    @Autowired cn.hezuo.mutualhelp.resources.ResourceSeeds resourceSeeds;
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
        // Whether 070101 is the group's 数学 学科组长 is decided when each request is made, not when the table is built:
        // the group rows before these activate a new grouping plan, which can hand the role to someone else.
        Set<Persona> leader = EnumSet.noneOf(Persona.class);
        Runnable decideLeader = () -> {
            long groupId = mutualHelpPeople.placement(me).orElseThrow().groupId();
            boolean collector = mutualHelpPeople.questionCollector(schoolId, classId, groupId, math)
                    .filter(id -> id.equals(me.getId())).isPresent();
            leader.clear();
            if (collector) {
                leader.addAll(STUDENTS);
            }
        };
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
        list.add(new Endpoint("GET", "/me/mutual-help/lessons/{lessonId}/group", () -> {
            decideLeader.run();
            return get(mine + "/group");
        }, leader));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/group/merge", () -> {
            decideLeader.run();
            return post(mine + "/group/merge").param("questionId", String.valueOf(questionId));
        }, leader));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/group/solved", () -> {
            decideLeader.run();
            return post(mine + "/group/solved").param("questionId", String.valueOf(questionId)).param("solved", "false");
        }, leader));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/group/submit", () -> {
            decideLeader.run();
            return post(mine + "/group/submit");
        }, leader));
        list.add(new Endpoint("GET", "/me/mutual-help/lessons/{lessonId}/class", () -> get(mine + "/class"), STUDENTS));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/class/merge", () -> post(mine + "/class/merge")
                .param("questionId", String.valueOf(questionId)), STUDENTS));
        list.add(new Endpoint("POST", "/me/mutual-help/lessons/{lessonId}/class/submit", () -> post(mine + "/class/submit"),
                STUDENTS));
        boardRows(list, fixture, classId, math);
        resourceRows(list, fixture, classId);
    }

    /** 学习资料共享: students of the class on /me, its teachers on the class page; files to who may read them. */
    private void resourceRows(List<Endpoint> list, AuthzFixture fixture, long classId) {
        long me = fixture.student("070101").getId();
        long image = resourceSeeds.studentResource(me, "授权测试资料" + fixture.next(), null, true, "a.png", png());
        Set<Persona> readers = EnumSet.copyOf(CLASS_VIEWERS);
        readers.add(Persona.STUDENT);
        list.add(new Endpoint("GET", "/me/resources", () -> get("/me/resources"), STUDENTS));
        list.add(new Endpoint("POST", "/me/resources", () -> multipart("/me/resources").param("title", "授权测试分享")
                .param("note", "笔记").param("visibility", "GROUP"), STUDENTS));
        list.add(new Endpoint("GET", "/classes/{classId}/resources", () -> get("/classes/" + classId + "/resources"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/resources", () -> multipart("/classes/" + classId
                + "/resources").param("title", "授权测试分享").param("note", "笔记"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/resources/{resourceId}/image", () -> get("/resources/" + image + "/image"),
                readers));
        list.add(new Endpoint("GET", "/resources/{resourceId}/file", () -> get("/resources/" + image + "/file"),
                readers));
        // A fresh resource of 070101 for every request: each allowed person removes one of their own to remove.
        list.add(new Endpoint("POST", "/resources/{resourceId}/remove", () -> post("/resources/"
                + resourceSeeds.studentResource(me, "授权测试删除", "笔记", false, null, null) + "/remove"), readers));
    }

    /** 互助答疑: its students on the board and a question; its teachers (and the admin) moderate and read the report. */
    private void boardRows(List<Endpoint> list, AuthzFixture fixture, long classId, long math) {
        Student me = fixture.student("070101");
        Student mate = fixture.student("070102");
        java.time.Instant now = java.time.Instant.now();
        long mine = boardSeeds.question(math, me.getId(), "授权测试答疑" + fixture.next(), null, null, now, png());
        long theirs = boardSeeds.question(math, mate.getId(), "授权测试答疑" + fixture.next(), null, null, now);
        long answer = boardSeeds.answer(mine, mate.getId(), "授权测试回答", now);
        Set<Persona> readers = EnumSet.copyOf(CLASS_VIEWERS);
        readers.add(Persona.STUDENT);
        String q = "/board/questions/" + mine;
        String a = "/board/answers/" + answer;
        String cls = "/classes/" + classId + "/board";
        list.add(new Endpoint("GET", "/me/board", () -> get("/me/board"), STUDENTS));
        list.add(new Endpoint("GET", "/me/board/cards", () -> get("/me/board/cards").param("subjectId",
                String.valueOf(math)).param("page", "1"), STUDENTS));
        list.add(new Endpoint("POST", "/me/board/questions", () -> multipart("/me/board/questions")
                .param("subjectId", String.valueOf(math)).param("body", "授权测试提问")
                .param("requestId", java.util.UUID.randomUUID().toString()), STUDENTS));
        list.add(new Endpoint("GET", "/board/questions/{questionId}", () -> get(q), readers));
        list.add(new Endpoint("GET", "/board/questions/{questionId}/photo", () -> get(q + "/photo"), readers));
        list.add(new Endpoint("POST", "/board/questions/{questionId}/answers", () -> post(q + "/answers")
                .param("body", "授权测试回答").param("requestId", java.util.UUID.randomUUID().toString()), readers));
        list.add(new Endpoint("POST", "/board/questions/{questionId}/me-too",
                () -> post("/board/questions/" + theirs + "/me-too"), STUDENTS));
        list.add(new Endpoint("POST", "/board/answers/{answerId}/accept", () -> post(a + "/accept")
                .param("questionId", String.valueOf(mine)).param("accepted", "true"), readers));
        list.add(new Endpoint("POST", "/board/questions/{questionId}/pin", () -> post(q + "/pin")
                .param("pinned", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/board/questions/{questionId}/hide", () -> post(q + "/hide")
                .param("hidden", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/board/questions/{questionId}/edit", () -> post(q + "/edit")
                .param("body", "授权测试修改").param("reason", "授权测试"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/board/answers/{answerId}/hide", () -> post(a + "/hide")
                .param("questionId", String.valueOf(mine)).param("hidden", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/board/answers/{answerId}/edit", () -> post(a + "/edit")
                .param("questionId", String.valueOf(mine)).param("body", "授权测试修改").param("reason", "授权测试"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/board/answers/{answerId}/award", () -> post(a + "/award")
                .param("questionId", String.valueOf(mine)), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/board", () -> get(cls), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/board/cards", () -> get(cls + "/cards").param("subjectId",
                String.valueOf(math)), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/board/report", () -> get(cls + "/report"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/board/settings", () -> post(cls + "/settings"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/board/homework", () -> post(cls + "/homework")
                .param("subjectId", String.valueOf(math)).param("title", "授权测试作业")
                .param("dueAt", "2030-03-01T20:00"), CLASS_VIEWERS));
        long homework = boardSeeds.homework(fixture.thisClass().getSchoolId(), classId, math, "授权测试作业",
                now.plus(java.time.Duration.ofDays(30)));
        list.add(new Endpoint("POST", "/classes/{classId}/board/homework/{homeworkId}/due",
                () -> post(cls + "/homework/" + homework + "/due").param("subjectId", String.valueOf(math))
                        .param("dueAt", "2030-03-02T20:00"), CLASS_VIEWERS));
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
