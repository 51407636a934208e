package cn.hezuo.calling;

import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/** 随机点名 (issue 5) in 七年级1班, for the class's teachers; the rows pass a draw the admin made. */
@Order(1000)
public class CallingEndpointRows implements EndpointRows {

    @Autowired CallingService callingService;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        long drawId = callingService.draw(fixture.user("admin"), classId, CallingMode.STUDENT, null,
                "authz-" + UUID.randomUUID()).draw().getId();
        long someStudent = fixture.student("070106").getId();
        String calling = "/classes/" + classId + "/calling";
        list.add(new Endpoint("GET", "/classes/{classId}/calling", () -> get(calling), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/calling/log", () -> get(calling + "/log"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/draws", () -> post(calling + "/draws")
                .param("mode", "STUDENT").param("requestId", "authz-" + UUID.randomUUID()), CLASS_VIEWERS));
        // Issue 13: a call drawn in the browser while offline, sent later (a fresh client id each time).
        list.add(new Endpoint("POST", "/classes/{classId}/calling/offline-calls", () -> post(calling + "/offline-calls")
                .contentType("application/json").content("{\"requestId\":\"offline-" + UUID.randomUUID()
                        + "\",\"studentId\":" + someStudent + ",\"madeAt\":" + System.currentTimeMillis() + "}"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/draws/{drawId}/pass",
                () -> post(calling + "/draws/" + drawId + "/pass"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/absent", () -> post(calling + "/absent")
                .param("studentId", String.valueOf(someStudent)).param("absent", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/lessons", () -> post(calling + "/lessons")
                .param("window", "LESSON"), CLASS_VIEWERS));
    }
}
