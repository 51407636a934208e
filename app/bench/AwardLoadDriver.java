// A small open-model load driver for the classroom-evaluation endpoints (java.net.http, no dependencies).
// Run as a single-file program:  java app/bench/AwardLoadDriver.java <baseUrl> <classId> <user> <password> [rate] [seconds]
// It signs in like a browser (login page → CSRF token → form post), reads the board's items, groups and
// members from the classroom page, then sends award requests at a FIXED rate (open model: requests go out
// on schedule whether or not earlier ones have answered, and latency is measured from the scheduled time,
// so a stalled server cannot hide its queueing). Before that it reads the class board (totals JSON) many
// times one after another. Prints medians, p90, p99, max and the error count.
import java.net.CookieManager;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AwardLoadDriver {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long classId = Long.parseLong(args[1]);
        String user = args[2];
        String password = args[3];
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int warmupSeconds = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        int boardReads = args.length > 7 ? Integer.parseInt(args[7]) : 1000;

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        String loginPage = get(client, base + "/login");
        String csrf = find(loginPage, "name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        String board = get(client, base + "/classes/" + classId + "/evaluation");
        String token = find(board, "<meta name=\"_csrf\" content=\"([^\"]+)\"");
        String header = find(board, "<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
        List<String> items = all(board, "class=\"[^\"]*eval-item\"[^>]*data-item-id=\"(\\d+)\"");
        List<String> groups = all(board, "class=\"btn btn-light eval-group\" data-group-id=\"(\\d+)\"");
        List<String> members = all(board, "data-student-id=\"(\\d+)\"");
        if (items.isEmpty() || groups.isEmpty() || members.isEmpty()) {
            throw new IllegalStateException("board has no items/groups/members");
        }
        System.out.printf("signed in as %s; class %d: %d items, %d groups, %d members%n", user, classId, items.size(),
                groups.size(), members.size());

        String awardUrl = base + "/classes/" + classId + "/evaluation/awards";
        java.util.function.Supplier<String> body = () -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            // Praise items only (index 0..6 of the defaults), half to a group, half to one member.
            String item = items.get(r.nextInt(Math.min(items.size(), 7)));
            if (r.nextBoolean()) {
                return "{\"requestId\":\"" + UUID.randomUUID() + "\",\"itemId\":" + item + ",\"target\":\"GROUP\",\"groupId\":"
                        + groups.get(r.nextInt(groups.size())) + "}";
            }
            return "{\"requestId\":\"" + UUID.randomUUID() + "\",\"itemId\":" + item + ",\"target\":\"STUDENTS\",\"studentIds\":["
                    + members.get(r.nextInt(members.size())) + "]}";
        };

        // The board first, on a quiet server: an overloaded award run would otherwise leave it a backlog.
        List<Long> boardLatencies = new ArrayList<>();
        int boardErrors = 0;
        String totalsUrl = base + "/classes/" + classId + "/evaluation/totals";
        for (int i = 0; i < boardReads; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(totalsUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boardLatencies.add(System.nanoTime() - start);
            if (r.statusCode() != 200) {
                boardErrors++;
            }
        }
        System.out.printf("BOARD    %d sequential reads of the class totals: %s%n", boardReads,
                new Result(boardLatencies, boardErrors, boardReads, 0));
        if (warmupSeconds > 0) {
            Result warm = openModel(client, awardUrl, header, token, body, rate, warmupSeconds);
            System.out.printf("warm-up  %d s at %d/s: %s%n", warmupSeconds, rate, warm);
        }
        Result run = openModel(client, awardUrl, header, token, body, rate, seconds);
        System.out.printf("AWARDS   %d s at %d/s: %s%n", seconds, rate, run);

        System.exit(run.errors == 0 && boardErrors == 0 ? 0 : 1);
    }

    record Result(List<Long> latencies, int errors, int sent, double achievedRate) {
        @Override
        public String toString() {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return String.format("sent=%d errors=%d%s median=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms", sent, errors,
                    achievedRate > 0 ? String.format(" achieved=%.1f/s", achievedRate) : "",
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
        }
    }

    static Result openModel(HttpClient client, String url, String header, String token,
                            java.util.function.Supplier<String> body, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header(header, token).POST(HttpRequest.BodyPublishers.ofString(body.get())).build();
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                latencies.add(System.nanoTime() - scheduled);
                if (error != null || response.statusCode() != 200 || !response.body().contains("\"actionId\"")) {
                    if (errors.incrementAndGet() <= 5) {
                        System.err.println("error: " + (error != null ? error : response.statusCode() + " " + response.body()));
                    }
                }
                return null;
            }));
        }
        long sentAt = System.nanoTime();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        double achieved = total / ((sentAt - start) / 1e9);
        return new Result(new ArrayList<>(latencies), errors.get(), total, achieved);
    }

    static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body();
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return m.group(1);
    }

    static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
