package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.HezuoApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app on a real Tomcat, started like the jar: (1) the demo logins printed on the login page work from the
 * moment the server accepts connections (the demo school used to load after that, 40–160 s on a busy machine, and
 * the "wrong passwords" meanwhile locked the demo accounts); (2) behind a TLS proxy that forwards
 * {@code X-Forwarded-Proto}/{@code -For}, the session cookie is Secure, HSTS is sent and login throttling counts the
 * real client, while the same headers from an untrusted address change nothing. The trusted proxy here is
 * 127.0.0.1 only; requests from 127.0.0.2 (also this machine) play an untrusted client.
 */
@cn.hezuo.testsupport.OwnDatabaseStream
class ServerStartAndProxyIT {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PROXY = "127.0.0.1";
    private static final String UNTRUSTED = "127.0.0.2";

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(HezuoApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("mainClassesOnly",
                        new TwoNodeSessionIT.MainClassesOnly()))
                .listeners(FirstLoginWhenTheServerOpens.INSTANCE)
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--hezuo.demo.enabled=true",
                        "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Signs in as the demo admin the moment the server has opened its port, before startup has finished. */
    static final class FirstLoginWhenTheServerOpens implements ApplicationListener<ServletWebServerInitializedEvent> {

        static final FirstLoginWhenTheServerOpens INSTANCE = new FirstLoginWhenTheServerOpens();

        volatile String location;
        volatile Throwable failure;

        @Override
        public void onApplicationEvent(ServletWebServerInitializedEvent event) {
            try {
                String base = "http://127.0.0.1:" + event.getWebServer().getPort();
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher csrf = CSRF_INPUT.matcher(page.body());
                if (!csrf.find()) {
                    throw new AssertionError("no _csrf input on the login page: " + page.statusCode());
                }
                String body = "username=admin&password=demo1234&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
                HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                location = login.headers().firstValue("Location").orElse("(none, status " + login.statusCode() + ")");
            } catch (Throwable e) {
                failure = e;
            }
        }
    }

    @Test
    void demoLoginsWorkTheMomentTheServerAcceptsConnections() {
        FirstLoginWhenTheServerOpens first = FirstLoginWhenTheServerOpens.INSTANCE;
        assertThat(first.failure).as("the login attempt itself").isNull();
        assertThat(first.location).as("where the first login went").endsWith("/").doesNotContain("/login");
        assertThat(app.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from login_throttle where username = 'admin'", Integer.class))
                .as("failed logins counted for admin").isZero();
    }

    @Test
    void httpsForwardedByTheTrustedProxyGetsASecureSessionCookieAndHsts() throws IOException {
        Response response = request(PROXY, "GET", "/login", List.of("X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.20"), null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie")).as("session cookie").startsWith("SESSION=")
                .containsIgnoringCase("; Secure");
        assertThat(response.header("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void plainHttpGetsNeitherASecureCookieNorHsts() throws IOException {
        Response response = request(PROXY, "GET", "/login", List.of(), null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie")).startsWith("SESSION=").doesNotContainIgnoringCase("secure");
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressChangeNothing() throws IOException {
        Response response = request(UNTRUSTED, "GET", "/login", List.of("X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.21"), null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie")).startsWith("SESSION=").doesNotContainIgnoringCase("secure");
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void failedLoginsCountAgainstTheForwardedClientOnlyBehindTheTrustedProxy() throws IOException {
        String username = "proxy-" + UUID.randomUUID().toString().substring(0, 8);
        wrongLogin(PROXY, username, "203.0.113.30");
        wrongLogin(UNTRUSTED, username, "203.0.113.31");
        List<String> addresses = app.getBean(JdbcTemplate.class).queryForList(
                "select remote_address from login_throttle where username = ? order by remote_address",
                String.class, username);
        assertThat(addresses).containsExactly(UNTRUSTED, "203.0.113.30");
    }

    private void wrongLogin(String from, String username, String forwardedFor) throws IOException {
        List<String> headers = List.of("X-Forwarded-For: " + forwardedFor);
        Response page = request(from, "GET", "/login", headers, null);
        Matcher csrf = CSRF_INPUT.matcher(page.body());
        assertThat(csrf.find()).as("_csrf on the login page").isTrue();
        String cookie = page.header("Set-Cookie").split(";", 2)[0];
        List<String> withCookie = new ArrayList<>(headers);
        withCookie.add("Cookie: " + cookie);
        Response login = request(from, "POST", "/login", withCookie, "username=" + username
                + "&password=wrong-1&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/login?error");
    }

    private record Response(int status, List<String> headers, String body) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
        }
    }

    /** HTTP/1.0 (no chunked bodies) by hand over a socket bound to {@code from}, so the server sees that client address. */
    private static Response request(String from, String method, String path, List<String> headers, String form)
            throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                        .append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            return new Response(status, List.of(lines).subList(1, lines.length), text.substring(end + 4));
        }
    }
}
