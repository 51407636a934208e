package cn.hezuo.testsupport.authz;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One row of the authorization table: the mapping as the controller declares it ({@code "POST"},
 * {@code "/classes/{classId}/groups"}), how to call it (a new request each time, made when it is sent, so it can
 * read the current version of what it changes), and who may.
 */
public record Endpoint(String method, String pattern, Supplier<MockHttpServletRequestBuilder> request,
                       Set<Persona> allowed) {
}
