package cn.hezuo.teacher;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static cn.hezuo.testsupport.authz.Who.TEACHERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/**
 * The teacher's start page and the admin's teacher pages. The spare teacher eng0803 is the one changed; they teach a
 * subject in the spare class 八年级3班 whose assignment the delete row removes.
 */
@Order(500)
public class TeacherEndpointRows implements EndpointRows {

    @Autowired TeacherRepository teachers;
    @Autowired TeacherService teacherService;
    @Autowired TeachingAssignmentRepository assignments;
    @Autowired SubjectRepository subjects;

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        SchoolClass spareClass = fixture.spareClass();
        long schoolId = fixture.schoolId();
        Teacher spareTeacher = fixture.teacher("eng0803");
        long subjectId = subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).get(3).getId();
        long removableSubjectId = subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).get(4).getId();
        if (!assignments.existsByClassIdAndTeacherIdAndSubjectId(spareClass.getId(), spareTeacher.getId(), removableSubjectId)) {
            teacherService.assign(schoolId, spareTeacher.getId(), spareClass.getId(), removableSubjectId);
        }
        long assignmentId = assignments.findByTeacherIdOrderByIdAsc(spareTeacher.getId()).stream()
                .filter(a -> a.getSubjectId() == removableSubjectId).findFirst().orElseThrow().getId();

        rows.add(new Endpoint("GET", "/teacher", () -> get("/teacher"), TEACHERS));
        rows.add(new Endpoint("GET", "/admin/teachers", () -> get("/admin/teachers"), ADMIN));
        rows.add(new Endpoint("GET", "/admin/teachers/new", () -> get("/admin/teachers/new"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/teachers", () -> post("/admin/teachers").param("name", "测试老师")
                .param("username", "authz" + fixture.next()), ADMIN));
        rows.add(new Endpoint("GET", "/admin/teachers/{teacherId}", () -> get("/admin/teachers/" + spareTeacher.getId()),
                ADMIN));
        rows.add(new Endpoint("POST", "/admin/teachers/{teacherId}", () -> {
            Teacher current = teachers.findById(spareTeacher.getId()).orElseThrow();
            return post("/admin/teachers/" + current.getId()).param("name", current.getName())
                    .param("version", String.valueOf(current.getVersion()));
        }, ADMIN));
        rows.add(new Endpoint("POST", "/admin/teachers/{teacherId}/active",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/active").param("active", "true"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/teachers/{teacherId}/assignments",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/assignments")
                        .param("classId", String.valueOf(spareClass.getId())).param("subjectId", String.valueOf(subjectId)),
                ADMIN));
        rows.add(new Endpoint("POST", "/admin/teachers/{teacherId}/assignments/{assignmentId}/delete",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/assignments/" + assignmentId + "/delete"), ADMIN));
        rows.add(new Endpoint("POST", "/admin/teachers/{teacherId}/reset-password",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/reset-password"), ADMIN));
    }
}
