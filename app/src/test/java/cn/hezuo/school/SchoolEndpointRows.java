package cn.hezuo.school;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/** The admin's school pages: terms, grades, subjects and classes (the spare class 八年级3班 is the one changed). */
@Order(300)
public class SchoolEndpointRows implements EndpointRows {

    @Autowired SchoolClassRepository classes;
    @Autowired SubjectRepository subjects;
    @Autowired TermRepository terms;
    @Autowired TermPeriodService periodService;

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        SchoolClass spareClass = fixture.spareClass();
        long schoolId = fixture.schoolId();
        long subjectId = subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).get(3).getId();
        long termId = terms.findBySchoolIdOrderByStartDateDesc(schoolId).get(0).getId();
        rows.add(new Endpoint("GET", "/admin", () -> get("/admin"), ADMIN));
        rows.add(new Endpoint("GET", "/admin/terms", () -> get("/admin/terms"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/terms", () -> post("/admin/terms").param("name", "授权测试学期" + fixture.next())
                .param("startDate", "2030-02-01").param("endDate", "2030-07-01"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/terms/{termId}", () -> post("/admin/terms/" + termId)
                .param("name", terms.findById(termId).orElseThrow().getName())
                .param("startDate", terms.findById(termId).orElseThrow().getStartDate().toString())
                .param("endDate", terms.findById(termId).orElseThrow().getEndDate().toString())
                .param("version", String.valueOf(terms.findById(termId).orElseThrow().getVersion())), ADMIN));
        java.time.LocalDate termStart = terms.findById(termId).orElseThrow().getStartDate();
        // A one-day period on a day of its own for each call (an overlap would answer 409, which also counts as
        // allowed, but the rows should mean what they say).
        java.util.function.Supplier<java.time.LocalDate> day = () -> termStart.plusDays(10 + Integer.parseInt(fixture.next()) % 50);
        rows.add(new Endpoint("POST", "/admin/terms/{termId}/periods", () -> {
            String date = day.get().toString();
            return post("/admin/terms/" + termId + "/periods").param("kind", "HOLIDAY").param("name", "授权测试假日")
                    .param("startDate", date).param("endDate", date);
        }, ADMIN));
        rows.add(new Endpoint("POST", "/admin/terms/{termId}/periods/{periodId}/delete", () -> {
            java.time.LocalDate date = day.get();
            long periodId = periodService.add(schoolId, termId, TermPeriodKind.EXAM, "授权测试考试", date, date).id();
            return post("/admin/terms/" + termId + "/periods/" + periodId + "/delete");
        }, ADMIN));
        rows.add(new Endpoint("GET", "/admin/grades", () -> get("/admin/grades"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/grades", () -> post("/admin/grades").param("name", "测试年级" + fixture.next()),
                ADMIN));
        rows.add(new Endpoint("GET", "/admin/subjects", () -> get("/admin/subjects"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/subjects", () -> post("/admin/subjects").param("name", "学科" + fixture.next()),
                ADMIN));
        rows.add(new Endpoint("POST", "/admin/subjects/{subjectId}/active",
                () -> post("/admin/subjects/" + subjectId + "/active").param("active", "true"), ADMIN));
        rows.add(new Endpoint("GET", "/admin/classes", () -> get("/admin/classes"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/classes", () -> post("/admin/classes")
                .param("gradeId", String.valueOf(spareClass.getGradeId())).param("name", "测试班" + fixture.next()), ADMIN));
        rows.add(new Endpoint("GET", "/admin/classes/{classId}/edit", () -> get("/admin/classes/" + spareClass.getId() + "/edit"),
                ADMIN));
        rows.add(new Endpoint("POST", "/admin/classes/{classId}", () -> {
            SchoolClass current = classes.findById(spareClass.getId()).orElseThrow();
            return post("/admin/classes/" + current.getId()).param("gradeId", String.valueOf(current.getGradeId()))
                    .param("name", current.getName()).param("headTeacherId", String.valueOf(current.getHeadTeacherId()))
                    .param("version", String.valueOf(current.getVersion()));
        }, ADMIN));
    }
}
