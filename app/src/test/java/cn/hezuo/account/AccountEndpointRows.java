package cn.hezuo.account;

import static cn.hezuo.testsupport.authz.Who.EVERYONE;
import static cn.hezuo.testsupport.authz.Who.SIGNED_IN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import org.springframework.core.annotation.Order;

/** Signing in and changing one's password. */
@Order(100)
public class AccountEndpointRows implements EndpointRows {

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        rows.add(new Endpoint("GET", "/login", () -> get("/login"), EVERYONE));
        rows.add(new Endpoint("GET", "/account/password", () -> get("/account/password"), SIGNED_IN));
        rows.add(new Endpoint("POST", "/account/password", () -> post("/account/password")
                .param("currentPassword", "wrong").param("newPassword", "x").param("confirmPassword", "y"), SIGNED_IN));
    }
}
