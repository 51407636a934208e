package cn.hezuo.roster;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The student's own record, and the class roster of 七年级1班: its page, export, import, accounts and students
 * (070103 is edited, 070105's password reset, 070140 moved to 七年级2班).
 */
@Order(600)
public class RosterEndpointRows implements EndpointRows {

    @Autowired StudentRepository students;

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        long classId = fixture.classId();
        Student editable = fixture.student("070103");
        Student resettable = fixture.student("070105");
        Student movable = fixture.student("070140");
        rows.add(new Endpoint("GET", "/classes/{classId}", () -> get("/classes/" + classId), CLASS_VIEWERS));
        rows.add(new Endpoint("GET", "/classes/{classId}/export", () -> get("/classes/" + classId + "/export"), CLASS_VIEWERS));
        rows.add(new Endpoint("GET", "/classes/{classId}/import", () -> get("/classes/" + classId + "/import"), CLASS_MANAGERS));
        rows.add(new Endpoint("GET", "/classes/{classId}/import/template",
                () -> get("/classes/" + classId + "/import/template"), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/import", () -> multipart("/classes/" + classId + "/import")
                .file(new MockMultipartFile("file", "roster.csv", "text/csv",
                        "学号,姓名,性别\n070101,测试,男\n".getBytes(StandardCharsets.UTF_8))), CLASS_MANAGERS));
        rows.add(new Endpoint("GET", "/classes/{classId}/import/{uploadId}",
                () -> get("/classes/" + classId + "/import/00000000-0000-0000-0000-000000000000"), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/import/{uploadId}/pad",
                () -> post("/classes/" + classId + "/import/00000000-0000-0000-0000-000000000000/pad")
                        .param("width", "6"), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/import/{uploadId}/confirm",
                () -> post("/classes/" + classId + "/import/00000000-0000-0000-0000-000000000000/confirm"), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/accounts", () -> post("/classes/" + classId + "/accounts"),
                CLASS_MANAGERS));
        rows.add(new Endpoint("GET", "/classes/{classId}/students/new", () -> get("/classes/" + classId + "/students/new"),
                CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/students", () -> post("/classes/" + classId + "/students")
                .param("studentNo", "A" + System.nanoTime() % 1_000_000_000 + fixture.next()).param("name", "新同学")
                .param("gender", "F"), CLASS_MANAGERS));
        rows.add(new Endpoint("GET", "/students/{studentId}/edit", () -> get("/students/" + editable.getId() + "/edit"),
                CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/students/{studentId}", () -> {
            Student current = students.findById(editable.getId()).orElseThrow();
            return post("/students/" + current.getId()).param("studentNo", current.getStudentNo())
                    .param("name", current.getName()).param("gender", current.getGender().name())
                    .param("version", String.valueOf(current.getVersion()));
        }, CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/students/{studentId}/active",
                () -> post("/students/" + editable.getId() + "/active").param("active", "true"), CLASS_MANAGERS));
        // Moving needs the right to manage both classes: only the admin has it for 七年级1班 → 七年级2班.
        rows.add(new Endpoint("POST", "/students/{studentId}/move", () -> post("/students/" + movable.getId() + "/move")
                .param("targetClassId", String.valueOf(fixture.otherClass().getId())), ADMIN));
        rows.add(new Endpoint("POST", "/students/{studentId}/reset-password",
                () -> post("/students/" + resettable.getId() + "/reset-password"), CLASS_MANAGERS));
    }
}
