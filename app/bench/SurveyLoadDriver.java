// Open-model load driver for survey submissions (issue 17; java.net.http, no dependencies).
// Run as a single-file program:
//   java app/bench/SurveyLoadDriver.java <baseUrl> <surveyId> <usernamePrefix> <students> <password> [rate] [threads]
//        [warmupSurveyId] [serverPid]
// Phase 1 signs every student in (login page → CSRF token → form post, each with its own session cookie) and opens
// the survey, whose last screen (the seeded draft is complete) carries the CSRF token. Phase 2 sends one submission
// per student at a FIXED rate (requests go out on schedule whether or not earlier ones have answered; latency is
// measured from the scheduled time, so queueing in the server cannot hide). Prints p50, p90, p99, max, the achieved
// rate and the errors (a submission must answer 302 to the "submitted" page).
// With a warm-up survey (every student holds a complete draft of it too), each student first submits that one, in
// a ramp of 1/3 of the students at rate/3 and the rest at rate*3/4, printed but not measured: a fresh JVM runs the
// submit path interpreted until the JIT has compiled it, which describes the JIT, not a school's running server.
// With the server's pid (same machine), each run also prints the CPU time the server process used per submission
// (from /proc/<pid>/stat): a figure that other work on the machine changes far less than the latencies.
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SurveyLoadDriver {

    record Session(String cookie, String csrf) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long surveyId = Long.parseLong(args[1]);
        String prefix = args[2];
        int students = Integer.parseInt(args[3]);
        String password = args[4];
        int rate = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        int threads = args.length > 6 ? Integer.parseInt(args[6]) : 64;
        long warmupSurvey = args.length > 7 ? Long.parseLong(args[7]) : 0;
        serverPid = args.length > 8 ? Long.parseLong(args[8]) : 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(pool).build();

        long t0 = System.nanoTime();
        List<CompletableFuture<Session>> logins = new ArrayList<>();
        ExecutorService loginPool = Executors.newFixedThreadPool(8);
        for (int i = 1; i <= students; i++) {
            String user = prefix + i;
            logins.add(CompletableFuture.supplyAsync(() -> signIn(client, base, user, password, surveyId), loginPool));
        }
        List<Session> sessions = new ArrayList<>();
        for (CompletableFuture<Session> f : logins) {
            sessions.add(f.get());
        }
        loginPool.shutdown();
        System.out.printf("signed in %d students in %.1f s%n", sessions.size(), (System.nanoTime() - t0) / 1e9);

        if (warmupSurvey > 0) {
            int third = sessions.size() / 3;
            run("warm-up (not measured), survey " + warmupSurvey, client, base, warmupSurvey,
                    sessions.subList(0, third), Math.max(1, rate / 3));
            run("warm-up (not measured), survey " + warmupSurvey, client, base, warmupSurvey,
                    sessions.subList(third, sessions.size()), Math.max(1, rate * 3 / 4));
            Thread.sleep(2000);
        }
        run("measured, survey " + surveyId, client, base, surveyId, sessions, rate);
        pool.shutdownNow();
    }

    private static long serverPid;

    /** CPU time (user + system) of the server process so far, in ms; -1 when unknown. */
    private static double serverCpuMs() {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + serverPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command; clock ticks of 10 ms
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
        } catch (Exception e) {
            return -1;
        }
    }

    private static void run(String label, HttpClient client, String base, long surveyId, List<Session> sessions,
                            int rate) throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        double cpuBefore = serverCpuMs();
        long start = System.nanoTime() + 200_000_000L;
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/me/surveys/" + surveyId + "/submit"))
                    .header("Cookie", s.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(s.csrf()))).build();
            sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                latencies.add((System.nanoTime() - scheduled) / 1e6);
                if (e != null || r.statusCode() != 302
                        || !r.headers().firstValue("Location").orElse("").contains("/me/surveys/")) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%s — submissions: %d at a target of %d/s, achieved %.1f/s over %.1f s, errors %d%n",
                label, sorted.size(), rate, sorted.size() / seconds, seconds, errors.get());
        System.out.printf("%s — latency ms  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", label, pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
        double cpuAfter = serverCpuMs();
        if (cpuBefore >= 0 && cpuAfter >= 0) {
            System.out.printf("%s — server CPU %.1f ms per submission (%.1f s over %d; app process only, not"
                    + " PostgreSQL)%n", label, (cpuAfter - cpuBefore) / sorted.size(), (cpuAfter - cpuBefore) / 1000,
                    sorted.size());
        }
    }

    private static Session signIn(HttpClient client, String base, String user, String password, long surveyId) {
        try {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = cookie(page, null);
            String csrf = find(page.body(), "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                            + "&_csrf=" + enc(csrf))).build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login failed for " + user + ": " + login.statusCode());
            }
            cookie = cookie(login, cookie);
            HttpResponse<String> survey = client.send(HttpRequest.newBuilder(URI.create(base + "/me/surveys/"
                    + surveyId)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            if (survey.statusCode() != 200 || !survey.body().contains("submit-form")) {
                throw new IllegalStateException("survey not ready to submit for " + user + ": " + survey.statusCode());
            }
            return new Session(cookie, find(survey.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\""));
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

    private static double pct(List<Double> sorted, int p) {
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
