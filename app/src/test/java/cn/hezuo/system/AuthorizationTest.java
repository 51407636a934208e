package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.hezuo.testsupport.HezuoTest;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint as every kind of person ({@link Persona}) and checks the server allows or denies it, whatever
 * the pages show or hide. The demo school supplies the people ({@link AuthzFixture}): "this class" is 七年级1班,
 * "another class" is 七年级2班.
 *
 * <p>The rows live beside each feature: every {@link EndpointRows} under {@code cn.hezuo} on the test classpath
 * ({@code cn.hezuo.exam.ExamEndpointRows}, …) lists its own feature's endpoints. A new endpoint that no rows class
 * lists fails {@link #everyEndpointIsListed()}; a rows class that lists another feature's endpoint fails
 * {@link #everyFeatureListsOnlyItsOwnEndpoints()}.
 */
@HezuoTest
class AuthorizationTest {

    @Autowired MockMvc mvc;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired UserDetailsService users;
    @Autowired AutowireCapableBeanFactory beans;
    @Autowired @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /**
     * Every {@link EndpointRows} implementation under {@code cn.hezuo}, in {@code @Order} order then by class name, so
     * the rows (and the requests, which change the demo school as they go) come in the same order every run.
     */
    static List<Class<? extends EndpointRows>> rowsClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EndpointRows.class));
        List<Class<? extends EndpointRows>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.hezuo")) {
            found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), AuthorizationTest.class.getClassLoader())
                    .asSubclass(EndpointRows.class));
        }
        found.sort(Comparator.<Class<? extends EndpointRows>>comparingInt(
                        c -> OrderUtils.getOrder(c, Ordered.LOWEST_PRECEDENCE))
                .thenComparing(Class::getName));
        return found;
    }

    /**
     * Each rows class with its rows. Every class adds its rows (and makes the data they work on) before the first
     * request is sent; one {@link AuthzFixture} per call, so its unique counter starts afresh per test method.
     */
    Map<Class<? extends EndpointRows>, List<Endpoint>> rowsByFeature() {
        AuthzFixture fixture = beans.createBean(AuthzFixture.class);
        Map<Class<? extends EndpointRows>, List<Endpoint>> result = new LinkedHashMap<>();
        for (Class<? extends EndpointRows> type : rowsClasses()) {
            List<Endpoint> rows = new ArrayList<>();
            beans.createBean(type).addRows(rows, fixture);
            result.put(type, rows);
        }
        return result;
    }

    /**
     * The rows as the two listing checks read them (method and pattern only, no request sent): built once per run, as
     * building the table makes its data (classes, plans formed by the grouping engine) each time.
     */
    private static Map<Class<? extends EndpointRows>, List<Endpoint>> listing;

    private Map<Class<? extends EndpointRows>, List<Endpoint>> listing() {
        if (listing == null) {
            listing = rowsByFeature();
        }
        return listing;
    }

    /** The whole table: every feature's rows, features in {@link #rowsClasses()} order. */
    List<Endpoint> endpoints() {
        return rowsByFeature().values().stream().flatMap(List::stream).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAllowsExactlyTheRightPeople() {
        Map<Persona, UserDetails> principals = new LinkedHashMap<>();
        for (Persona persona : Persona.values()) {
            if (persona.username() != null) {
                principals.put(persona, users.loadUserByUsername(persona.username()));
            }
        }
        return endpoints().stream().flatMap(endpoint -> EnumSet.allOf(Persona.class).stream().map(persona ->
                DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + persona, () -> {
                    MockHttpServletRequestBuilder request = endpoint.request().get().with(csrf());
                    if (persona != Persona.ANONYMOUS) {
                        request = request.with(user(principals.get(persona)));
                    }
                    MvcResult result = mvc.perform(request).andReturn();
                    int status = result.getResponse().getStatus();
                    String location = result.getResponse().getRedirectedUrl();
                    boolean sentToLogin = status == 302 && location != null && location.contains("/login");
                    boolean denied = status == 403 || status == 401 || sentToLogin;
                    if (endpoint.allowed().contains(persona)) {
                        assertThat(denied).as("%s %s: %s must be allowed, got %s %s", endpoint.method(), endpoint.pattern(),
                                persona, status, location).isFalse();
                        assertThat(status).as("server error for %s", persona).isLessThan(500);
                    } else {
                        assertThat(denied).as("%s %s: %s must be denied, got %s %s", endpoint.method(), endpoint.pattern(),
                                persona, status, location).isTrue();
                        if (persona == Persona.ANONYMOUS) {
                            assertThat(sentToLogin).as("anonymous is sent to the login page").isTrue();
                        }
                    }
                })));
    }

    /**
     * Issue 11, item 12: looking changes nothing. Every GET in the table, as the admin (who passes every check a
     * teacher does) and a student, leaves every table's row count as it was (sessions and Flyway's history aside).
     */
    @Test
    void everyGetLeavesTheDatabaseAsItWas() throws Exception {
        List<String> tables = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (!"public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (!name.startsWith("spring_session") && !name.startsWith("flyway")) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).contains("eval_item", "audit_log");
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        // All row counts in one statement: a query per table before and after each of ~500 requests was a third of
        // this class's time.
        String countAll = "select " + String.join(", ", tables.stream().map(t -> "(select count(*) from " + t + ")").toList());
        java.util.function.Supplier<Map<String, Long>> counts = () -> jdbc.query(countAll, rs -> {
            rs.next();
            Map<String, Long> result = new java.util.TreeMap<>();
            for (int i = 0; i < tables.size(); i++) {
                result.put(tables.get(i), rs.getLong(i + 1));
            }
            return result;
        });
        List<String> writers = new ArrayList<>();
        List<Endpoint> gets = endpoints().stream().filter(endpoint -> endpoint.method().equals("GET")).toList();
        // Each request's "after" is the next one's "before": a row written between two requests (say, by work a GET
        // left running) is then blamed on the next request instead of going unseen.
        Map<String, Long> before = counts.get();
        for (Endpoint endpoint : gets) {
            for (Persona persona : List.of(Persona.ADMIN, Persona.STUDENT)) {
                MockHttpServletRequestBuilder request = endpoint.request().get()
                        .with(user(users.loadUserByUsername(persona.username())));
                mvc.perform(request).andReturn();
                Map<String, Long> after = counts.get();
                if (!after.equals(before)) {
                    Map<String, Long> was = before;
                    List<String> changed = tables.stream().filter(t -> !was.get(t).equals(after.get(t))).toList();
                    writers.add(endpoint.pattern() + " as " + persona + " changed " + changed);
                }
                before = after;
            }
        }
        assertThat(writers).as("GET requests that wrote rows").isEmpty();
    }

    @Test
    void everyEndpointIsListed() {
        Set<String> listed = new TreeSet<>();
        listing().values().forEach(rows -> rows.forEach(e -> listed.add(e.method() + " " + e.pattern())));
        assertThat(listed).as("every endpoint must be in the authorization table (add the missing ones to the rows of "
                + "the controller's feature)").containsAll(controllerPackages().keySet());
    }

    @Test
    void everyFeatureListsOnlyItsOwnEndpoints() {
        Map<String, Set<String>> packagesByEndpoint = controllerPackages();
        assertThat(rowsClasses()).as("rows classes found under cn.hezuo").isNotEmpty();
        List<String> strays = new ArrayList<>();
        listing().forEach((type, rows) -> {
            String feature = type.getPackageName();
            for (Endpoint row : rows) {
                String endpoint = row.method() + " " + row.pattern();
                Set<String> packages = packagesByEndpoint.getOrDefault(endpoint, Set.of());
                if (packages.isEmpty()) {
                    strays.add(type.getSimpleName() + " lists " + endpoint + ", which no controller maps");
                }
                for (String controllerPackage : packages) {
                    if (!controllerPackage.equals(feature) && !controllerPackage.startsWith(feature + ".")) {
                        strays.add(type.getSimpleName() + " lists " + endpoint + " of " + controllerPackage
                                + " (move the row to that feature's EndpointRows)");
                    }
                }
            }
        });
        assertThat(strays).as("rows listed by a feature other than the one whose controller maps them").isEmpty();
    }

    /**
     * Every mapping of the app's controllers, as "METHOD pattern" ("ANY" when it names no method), with the packages of
     * the controllers that map it.
     */
    private Map<String, Set<String>> controllerPackages() {
        Map<String, Set<String>> mapped = new java.util.TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.hezuo")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> mapped.computeIfAbsent(m + " " + pattern, k -> new TreeSet<>())
                        .add(entry.getValue().getBeanType().getPackageName()));
            }
        }
        return mapped;
    }
}
