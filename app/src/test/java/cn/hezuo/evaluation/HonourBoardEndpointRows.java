package cn.hezuo.evaluation;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.core.annotation.Order;

/** 小组PK / 光荣榜 of 七年级1班: the class's teachers look, its head teacher (and the admin) switch it on. */
@Order(1210)
public class HonourBoardEndpointRows implements EndpointRows {

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        String base = "/classes/" + fixture.classId() + "/evaluation/honour";
        rows.add(new Endpoint("GET", "/classes/{classId}/evaluation/honour", () -> get(base), CLASS_VIEWERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/evaluation/honour/switch",
                () -> post(base + "/switch").param("on", "true"), CLASS_MANAGERS));
    }
}
