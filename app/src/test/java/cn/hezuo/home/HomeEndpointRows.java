package cn.hezuo.home;

import static cn.hezuo.testsupport.authz.Who.SIGNED_IN;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The home page, which sends each person to their own start page, and a student's own page. */
@Order(200)
public class HomeEndpointRows implements EndpointRows {

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        rows.add(new Endpoint("GET", "/", () -> get("/"), SIGNED_IN));
        rows.add(new Endpoint("GET", "/me", () -> get("/me"), STUDENTS));
    }
}
