package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One CSRF helper for the whole front end: only {@code static/js/app.js} reads the token (the layout's
 * {@code _csrf} / {@code _csrf_header} meta tags) — for htmx in its {@code htmx:configRequest} listener and for the
 * remaining {@code fetch} calls through {@code Hezuo.csrfHeaders()}. A feature script with its own copy fails here.
 */
class CsrfInOneScriptTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");
    private static final Path HELPER = SCRIPTS.resolve("app.js");

    /** Reading the token or naming its header: the meta tags, Spring's default header, the XSRF cookie. */
    private static final Pattern OWN_CSRF_LOOKUP =
            Pattern.compile("_csrf|x-csrf|x-xsrf|xsrf-token|csrf-token", Pattern.CASE_INSENSITIVE);

    @Test
    void noFeatureScriptLooksUpTheCsrfTokenItself() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path script : featureScripts()) {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (OWN_CSRF_LOOKUP.matcher(lines.get(i)).find()) {
                    offenders.add(script.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).as("CSRF lookups outside app.js (use window.Hezuo.csrfHeaders())").isEmpty();
    }

    @Test
    void everyScriptThatPostsWithFetchTakesItsHeadersFromTheHelper() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path script : featureScripts()) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            if (text.contains("fetch(") && !text.contains("Hezuo.csrfHeaders(")) {
                offenders.add(script.getFileName().toString());
            }
        }
        assertThat(offenders).as("scripts calling fetch without Hezuo.csrfHeaders()").isEmpty();
    }

    @Test
    void appJsReadsTheMetaTagsAndSetsTheHeaderForHtmxAndFetch() throws IOException {
        String helper = Files.readString(HELPER, StandardCharsets.UTF_8);
        assertThat(helper).contains("meta[name=\"_csrf\"]", "meta[name=\"_csrf_header\"]",
                "htmx:configRequest", "window.Hezuo.csrfHeaders = csrfHeaders");
    }

    private static List<Path> featureScripts() throws IOException {
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            List<Path> scripts = files.filter(p -> p.toString().endsWith(".js"))
                    .filter(p -> !p.equals(HELPER)).sorted().toList();
            assertThat(scripts).as("feature scripts under " + SCRIPTS).isNotEmpty();
            return scripts;
        }
    }
}
