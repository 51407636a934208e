// Load driver for the benchmarks that sign many people in like a browser (java.net.http, no dependencies).
// Run as a single-file program with key=value arguments:
//
//   POST mode (open model):
//     java app/bench/FormLoadDriver.java base=URL users=LIST password=PW page=PATH [marker=TEXT] post=PATH
//          [body=FORM] expect=TEXT rate=N [count=N] [warmup=SECONDS]
//   Signs every user in (login page → CSRF token → form post, each with its own session cookie) and opens `page`,
//   which must answer 200 (and contain `marker`) and carries the CSRF token. Then sends `count` posts (default: one
//   per user) of `body` to `post`, round robin over the users, at a FIXED rate: requests go out on schedule whether or
//   not earlier ones have answered and latency is measured from the scheduled time, so queueing in the server cannot
//   hide. A post must answer 302 with a Location containing `expect`. With warmup=S, S seconds at the same rate go
//   first and are not measured (a fresh JVM interprets before the JIT has compiled the path).
//
//   GET mode:
//     java app/bench/FormLoadDriver.java base=URL password=PW get=USER@PATH,USER@PATH,... [marker=TEXT]
//          [rounds=N] [warmup=N] [label=TEXT]
//   Signs each USER in, requests each PATH `warmup` times (not measured), then `rounds` rounds of one request per
//   entry, one after another; every answer must be 200 (and contain `marker`).
//
// LIST: comma-separated names, each may hold one range, e.g. bench_s_{1..3000} or a,b,c_{5..9}.
// FORM: a=v&b=v, values raw (the driver encodes them); {uuid} becomes a fresh UUID, {n} the post's number.
// Prints p50, p90, p99, max, the achieved rate and the errors; exits 1 when any request failed.
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FormLoadDriver {

    record Session(String user, String cookie, String csrf) {
    }

    record Result(List<Double> millis, int errors, double seconds) {
        String summary() {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return String.format("p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms", pct(sorted, 50), pct(sorted, 90),
                    pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(a.getOrDefault("threads", "64")));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(pool).build();
        boolean ok = a.containsKey("post") ? post(client, a) : get(client, a);
        pool.shutdownNow();
        System.exit(ok ? 0 : 1);
    }

    private static boolean post(HttpClient client, Map<String, String> a) throws Exception {
        String base = a.get("base");
        List<String> users = expand(a.get("users"));
        long t0 = System.nanoTime();
        List<Session> sessions = signInAll(client, base, users, a.get("password"), u -> a.get("page"),
                a.get("marker"));
        System.out.printf("signed in %d users in %.1f s%n", sessions.size(), (System.nanoTime() - t0) / 1e9);
        int rate = Integer.parseInt(a.getOrDefault("rate", "100"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "0"));
        int count = Integer.parseInt(a.getOrDefault("count", String.valueOf(users.size())));
        AtomicInteger n = new AtomicInteger();
        if (warmup > 0) {
            Result w = openModel(client, a, sessions, rate, rate * warmup, n);
            System.out.printf("warm-up: %d posts at %d/s (not measured): errors %d, %s%n", w.millis().size(), rate,
                    w.errors(), w.summary());
        }
        Result r = openModel(client, a, sessions, rate, count, n);
        System.out.printf("posts: %d at a target of %d/s, achieved %.1f/s over %.1f s, errors %d%n", r.millis().size(),
                rate, r.millis().size() / r.seconds(), r.seconds(), r.errors());
        System.out.println("latency ms  " + r.summary().replace(" ms", ""));
        return r.errors() == 0;
    }

    private static Result openModel(HttpClient client, Map<String, String> a, List<Session> sessions, int rate,
                                    int count, AtomicInteger n) {
        String url = a.get("base") + a.get("post");
        String expect = a.getOrDefault("expect", "");
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        long start = System.nanoTime() + 200_000_000L;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            Session s = sessions.get(i % sessions.size());
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String body = form(a.getOrDefault("body", ""), n.incrementAndGet()) + "&_csrf=" + enc(s.csrf());
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", s.cookie())
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                latencies.add((System.nanoTime() - scheduled) / 1e6);
                if (e != null || r.statusCode() != 302
                        || !r.headers().firstValue("Location").orElse("").contains(expect)) {
                    if (errors.incrementAndGet() <= 5) {
                        System.err.println("error: " + (e != null ? e : r.statusCode() + " "
                                + r.headers().firstValue("Location").orElse("")));
                    }
                }
                return null;
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return new Result(new ArrayList<>(latencies), errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static boolean get(HttpClient client, Map<String, String> a) throws Exception {
        String base = a.get("base");
        String marker = a.get("marker");
        Map<String, String> paths = new HashMap<>();
        List<String> users = new ArrayList<>();
        for (String entry : a.get("get").split(",")) {
            String[] parts = entry.split("@", 2);
            users.add(parts[0]);
            paths.put(parts[0], parts[1]);
        }
        List<Session> sessions = signInAll(client, base, users, a.get("password"), paths::get, marker);
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "3"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "21"));
        int errors = 0;
        List<Double> millis = new ArrayList<>();
        for (int round = -warmup; round < rounds; round++) {
            for (Session s : sessions) {
                long t = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + paths.get(s.user())))
                        .header("Cookie", s.cookie()).build(), HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t) / 1e6;
                boolean bad = r.statusCode() != 200 || marker != null && !r.body().contains(marker);
                if (round >= 0) {
                    millis.add(ms);
                    if (bad && ++errors <= 5) {
                        System.err.println("error: " + s.user() + " " + paths.get(s.user()) + " " + r.statusCode());
                    }
                }
            }
        }
        Result result = new Result(millis, errors, 0);
        System.out.printf("%s: %d requests (%d users × %d rounds, after %d warm-up rounds), errors %d, %s%n",
                a.getOrDefault("label", "GET"), millis.size(), sessions.size(), rounds, warmup, errors,
                result.summary());
        return errors == 0;
    }

    private static List<Session> signInAll(HttpClient client, String base, List<String> users, String password,
                                           java.util.function.Function<String, String> page, String marker)
            throws Exception {
        ExecutorService loginPool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Session>> logins = new ArrayList<>();
        for (String user : users) {
            logins.add(CompletableFuture.supplyAsync(() -> signIn(client, base, user, password, page.apply(user),
                    marker), loginPool));
        }
        List<Session> sessions = new ArrayList<>();
        for (CompletableFuture<Session> f : logins) {
            sessions.add(f.get());
        }
        loginPool.shutdown();
        return sessions;
    }

    private static Session signIn(HttpClient client, String base, String user, String password, String page,
                                  String marker) {
        try {
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = cookie(login, null);
            String csrf = find(login.body(), "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                            + "&_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login failed for " + user + ": " + signedIn.statusCode());
            }
            cookie = cookie(signedIn, cookie);
            HttpResponse<String> opened = client.send(HttpRequest.newBuilder(URI.create(base + page))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            if (opened.statusCode() != 200 || marker != null && !opened.body().contains(marker)) {
                throw new IllegalStateException(page + " not ready for " + user + ": " + opened.statusCode());
            }
            return new Session(user, cookie, find(opened.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie the response sets (Spring Session's SESSION), else the one sent. */
    private static String cookie(HttpResponse<?> response, String previous) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            if (pair.startsWith("SESSION=") || pair.startsWith("JSESSIONID=")) {
                return pair;
            }
        }
        return previous;
    }

    /** a,b_{1..3} → a, b_1, b_2, b_3. */
    static List<String> expand(String list) {
        List<String> out = new ArrayList<>();
        Pattern range = Pattern.compile("(.*)\\{(\\d+)\\.\\.(\\d+)}(.*)");
        for (String item : list.split(",")) {
            Matcher m = range.matcher(item);
            if (!m.matches()) {
                out.add(item);
                continue;
            }
            for (long i = Long.parseLong(m.group(2)); i <= Long.parseLong(m.group(3)); i++) {
                out.add(m.group(1) + i + m.group(4));
            }
        }
        return out;
    }

    private static String form(String template, int n) {
        if (template.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : template.split("&")) {
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1).replace("{uuid}", UUID.randomUUID().toString())
                    .replace("{n}", String.valueOf(n));
            out.append(out.isEmpty() ? "" : "&").append(enc(pair.substring(0, eq))).append('=').append(enc(value));
        }
        return out.toString();
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
