package cn.hezuo.audit;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The admin's audit log. */
@Order(400)
public class AuditEndpointRows implements EndpointRows {

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        rows.add(new Endpoint("GET", "/admin/audit", () -> get("/admin/audit"), ADMIN));
    }
}
