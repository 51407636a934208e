package cn.hezuo.tracking;

import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.exam.ExamEndpointRows;
import cn.hezuo.roster.Student;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.annotation.Order;

/**
 * 跟踪 records of students in 七年级1班: the list is every exam person's, a record is its class's teachers'. The rows
 * work on a record of 070104 made once per test run, and open new ones for 070103 after the exam rows' exam.
 */
@Order(900)
public class TrackingEndpointRows implements EndpointRows {

    private static Long authorizationRecordId;

    @Autowired TrackingService trackingService;
    @Autowired TrackingRecordRepository trackingRecords;
    @Autowired AutowireCapableBeanFactory beans;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long examId = beans.createBean(ExamEndpointRows.class).authorizationExam(fixture).getId();
        Student editable = fixture.student("070103");
        Student trackable = fixture.student("070104");
        long recordId = authorizationTrackingRecord(fixture, trackable).getId();
        String record = "/tracking/" + recordId;
        list.add(new Endpoint("GET", "/tracking", () -> get("/tracking"), ExamEndpointRows.EXAM_STAFF));
        list.add(new Endpoint("GET", "/tracking/new", () -> get("/tracking/new").param("studentId",
                String.valueOf(editable.getId())).param("examId", String.valueOf(examId)), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking", () -> post("/tracking").param("studentId", String.valueOf(editable.getId()))
                .param("causes", "基础薄弱").param("measures", "课后辅导"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/tracking/{recordId}", () -> get(record), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking/{recordId}", () -> post(record).param("studentId",
                String.valueOf(trackable.getId())).param("causes", "基础薄弱").param("measures", "每周辅导两次")
                .param("version", String.valueOf(trackingRecords.findById(recordId).orElseThrow().getVersion())),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking/{recordId}/notes", () -> post(record + "/notes")
                .param("noteDate", "2030-03-02").param("body", "谈话一次"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking/{recordId}/close", () -> post(record + "/close")
                .param("closingNote", "进步明显"), CLASS_VIEWERS));
    }

    private TrackingRecord authorizationTrackingRecord(AuthzFixture fixture, Student student) {
        if (authorizationRecordId != null) {
            return trackingRecords.findById(authorizationRecordId).orElseThrow();
        }
        TrackingRecord created = trackingService.open(fixture.user("admin"),
                new TrackingForm(student.getId(), null, "授权测试", "授权测试", null));
        authorizationRecordId = created.getId();
        return created;
    }
}
