package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.HezuoApplication;
import cn.hezuo.testsupport.MutableClock;
import cn.hezuo.testsupport.ThrowawayDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes behind an imaginary load balancer share one PostgreSQL database, and with it the HTTP
 * sessions (Spring Session JDBC): a login on one node is a login on the other, CSRF tokens issued by one
 * are accepted by the other, and a logout anywhere ends the session everywhere.
 */
@cn.hezuo.testsupport.OwnDatabaseStream
class TwoNodeSessionIT {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static ThrowawayDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    // One cookie jar for both nodes, like a browser: cookies ignore the port, so the SESSION cookie that
    // node A sets travels to node B too.
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        database = ThrowawayDatabase.create(ThrowawayDatabase.Server.POSTGRESQL);
        nodeA = startNode("a", true); // loads the demo school; node B then finds it and loads nothing
        nodeB = startNode("b", false);
        assertThat(nodeA.getBeanNamesForType(MutableClock.class)).as("test configuration leaked into a node").isEmpty();
    }

    @AfterAll // runs even when starting failed half-way
    static void stopNodesAndDropDatabase() {
        try {
            if (nodeB != null) {
                nodeB.close();
            }
            if (nodeA != null) {
                nodeA.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void sessionStartedOnOneNodeIsHonouredAndEndedOnTheOther() throws Exception {
        HttpResponse<String> login = post(nodeA, "/login",
                form("username", "admin", "password", "demo1234", "_csrf", csrfToken(get(nodeA, "/login"))));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String session = sessionCookie();
        assertThat(sessionRows(session)).as("SPRING_SESSION rows of admin's session").isEqualTo(1);

        HttpResponse<String> classesOnB = get(nodeB, "/admin/classes");
        assertThat(classesOnB.statusCode()).isEqualTo(200);
        assertThat(classesOnB.body()).contains("七年级1班");
        assertThat(sessionCookie()).as("node B kept the session instead of starting one").isEqualTo(session);

        HttpResponse<String> gradeOnB = post(nodeB, "/admin/grades",
                form("name", "九年级", "sortOrder", "3", "_csrf", csrfToken(get(nodeB, "/admin/grades"))));
        assertThat(gradeOnB.statusCode()).isEqualTo(302);
        assertThat(gradeOnB.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/grades"));
        assertThat(get(nodeA, "/admin/grades").body()).as("node A sees node B's write").contains("九年级");

        HttpResponse<String> logoutOnB = post(nodeB, "/logout", form("_csrf", csrfToken(get(nodeB, "/admin/grades"))));
        assertThat(logoutOnB.statusCode()).isEqualTo(302);
        assertThat(logoutOnB.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(sessionRows(session)).isZero();
        // The browser dropped the cookie on logout; replay the old one to prove node A no longer honours it.
        HttpResponse<String> replayOnA = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(nodeA, "/admin/classes"))
                .header("Cookie", "SESSION=" + session).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replayOnA.statusCode()).isEqualTo(302);
        assertThat(replayOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static ConfigurableApplicationContext startNode(String name, boolean loadDemoSchool) {
        // Command-line arguments, not builder.properties(): those are defaults and would lose against
        // application.yml (server.port: 8080, the postgres profile's ${HEZUO_DB_URL:...}).
        return new SpringApplicationBuilder(HezuoApplication.class)
                .profiles("postgres")
                .initializers(context -> context.getBeanFactory().registerSingleton("mainClassesOnly", new MainClassesOnly()))
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--hezuo.demo.enabled=" + loadDemoSchool);
    }

    /**
     * Failsafe puts test classes on the classpath and the app's component scan covers all of {@code cn.hezuo},
     * so without this filter test configurations (a throwaway database, a fake clock) would join the nodes.
     */
    static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }

    private int sessionRows(String sessionCookie) {
        // Spring Session's cookie holds the Base64 of the session id.
        String sessionId = new String(Base64.getDecoder().decode(sessionCookie), StandardCharsets.UTF_8);
        return nodeA.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from SPRING_SESSION where SESSION_ID = ? and PRINCIPAL_NAME = 'admin'",
                Integer.class, sessionId);
    }

    private String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie"));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String csrfToken(HttpResponse<String> page) {
        assertThat(page.statusCode()).as("page with a form").isEqualTo(200);
        Matcher m = CSRF_INPUT.matcher(page.body());
        assertThat(m.find()).as("hidden _csrf input in the page").isTrue();
        return m.group(1);
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
