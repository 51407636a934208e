package cn.hezuo.research;

import static cn.hezuo.testsupport.authz.Who.TEACHERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.observation.LessonForm;
import cn.hezuo.research.observation.ObservationService;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 观课 (issue 15). A lesson of the demo's 数学教研组 organised by its leader math0701, taught by the spare eng0803,
 * observed by head0701 — who is in no research group: an observer records, writes their report and sees the report
 * they write on, but not the group's list. Members (math0702) and the admin see lessons and reports; only the leader,
 * the admin and the organiser arrange observers.
 */
@Order(1430)
public class ObservationEndpointRows implements EndpointRows {

    /** Members of the group and the admin: the list, new lessons, comparisons. */
    static final Set<Persona> MEMBERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS);
    /** Who sees a lesson and its report: members, the admin and the lesson's observer. */
    static final Set<Persona> VIEWERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
    /** Who arranges observers: the admin and the leader (also the organiser). */
    static final Set<Persona> ARRANGERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS);
    /** The lesson's observer. */
    static final Set<Persona> OBSERVER = EnumSet.of(Persona.HEAD_TEACHER_THIS_CLASS);

    @Autowired ObservationService observations;
    @Autowired ResearchAccess researchAccess;
    @Autowired TransactionTemplate tx;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        HezuoUser admin = fixture.user("admin");
        HezuoUser leader = fixture.user("math0701");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        long groupId = group.getId();
        long teacherId = fixture.teacher("eng0803").getId();
        long spareObserver = fixture.teacher("eng0802").getId();
        long observer = fixture.user("head0701").teacherId();
        long mathId = fixture.subject("数学");
        long lessonId = tx.execute(s -> observations.create(leader, groupId, new LessonForm(teacherId,
                fixture.classId(), null, mathId, "授权测试观课", LocalDate.now(), 40, null, 1, "授权测试", null, null,
                List.of("TIME")))).getId();
        tx.executeWithoutResult(s -> observations.assign(leader, lessonId, observer, List.of("TIME")));
        String g = "/research/groups/" + groupId + "/observations";
        String l = "/research/observations/" + lessonId;

        list.add(new Endpoint("GET", "/research/groups/{groupId}/observations", () -> get(g), MEMBERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/observations", () -> post(g)
                .param("teacherId", String.valueOf(teacherId)).param("classText", "外校八年级2班")
                .param("subjectId", String.valueOf(mathId)).param("topic", "授权测试新课" + fixture.next())
                .param("lessonDate", LocalDate.now().toString()).param("plannedMinutes", "40")
                .param("dimensions", "TIME"), MEMBERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/observations/compare",
                () -> get(g + "/compare").param("pair", "授权测试"), MEMBERS));
        list.add(new Endpoint("GET", "/research/observations/mine", () -> get("/research/observations/mine"), TEACHERS));
        list.add(new Endpoint("GET", "/research/observations/{lessonId}", () -> get(l), VIEWERS));
        list.add(new Endpoint("GET", "/research/observations/{lessonId}/report.xlsx", () -> get(l + "/report.xlsx"),
                VIEWERS));
        list.add(new Endpoint("POST", "/research/observations/{lessonId}/observers", () -> post(l + "/observers")
                .param("teacherId", String.valueOf(observer)).param("focus", "TIME", "QUESTIONING"), ARRANGERS));
        list.add(new Endpoint("POST", "/research/observations/{lessonId}/observers/{teacherId}/delete", () -> {
            tx.executeWithoutResult(s -> observations.assign(leader, lessonId, spareObserver, List.of("TIME")));
            return post(l + "/observers/" + spareObserver + "/delete");
        }, ARRANGERS));
        list.add(new Endpoint("GET", "/research/observations/{lessonId}/edit", () -> get(l + "/edit"), ARRANGERS));
        list.add(new Endpoint("POST", "/research/observations/{lessonId}/edit", () -> {
            int version = observations.lessonsOf(groupId).stream().filter(x -> x.getId() == lessonId).findFirst()
                    .orElseThrow().getVersion();
            return post(l + "/edit").param("version", String.valueOf(version))
                    .param("teacherId", String.valueOf(teacherId)).param("classId", String.valueOf(fixture.classId()))
                    .param("subjectId", String.valueOf(mathId)).param("topic", "授权测试观课")
                    .param("lessonDate", LocalDate.now().toString()).param("plannedMinutes", "45")
                    .param("caseId", "").param("teachingNo", "1").param("pairKey", "授权测试")
                    .param("dimensions", "TIME");
        }, ARRANGERS));
        list.add(new Endpoint("GET", "/research/observations/{lessonId}/record", () -> get(l + "/record"), OBSERVER));
        list.add(new Endpoint("GET", "/research/observations/{lessonId}/events", () -> get(l + "/events"), OBSERVER));
        list.add(new Endpoint("POST", "/research/observations/{lessonId}/events", () -> post(l + "/events")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"id\":\"authz-" + fixture.next() + "\",\"kind\":\"SPEAK\",\"code\":\"NEW\",\"at\":1000}]"),
                OBSERVER));
        list.add(new Endpoint("POST", "/research/observations/{lessonId}/report", () -> post(l + "/report")
                .param("text", "授权测试观课报告"), OBSERVER));
    }
}
