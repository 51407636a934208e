package cn.hezuo.testsupport.authz;

import java.util.List;

/**
 * A feature's rows of the authorization table. Each feature keeps one implementation in its own test package
 * ({@code cn.hezuo.exam.ExamEndpointRows}) listing every endpoint of its controllers (those in its package and the
 * packages below) with who may call it. {@code cn.hezuo.system.AuthorizationTest} finds every implementation under
 * {@code cn.hezuo}, makes it with {@code @Autowired} fields filled in, and calls every row as every {@link Persona}.
 *
 * <p>Implementations need a public no-argument constructor. They run in {@link org.springframework.core.annotation.Order}
 * order, then by class name; {@code addRows} of every class runs before the first request is sent, and the requests are
 * then sent in the order of the rows.
 */
public interface EndpointRows {

    /**
     * Adds this feature's rows. Called once per test method of {@code AuthorizationTest}: data made here for the rows
     * (a draft to discard, an exam with results) must tolerate being made again, or be made once and remembered.
     */
    void addRows(List<Endpoint> rows, AuthzFixture fixture);
}
