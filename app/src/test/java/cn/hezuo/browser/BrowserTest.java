package cn.hezuo.browser;

import cn.hezuo.account.AccountRepository;
import cn.hezuo.browser.pages.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a random port with the demo school (test profile, in-memory H2) and one headless Chromium per
 * {@link BrowserLane} for the whole run ({@link SharedChromium}): starting a browser costs seconds of CPU on two
 * cores, so each class gets a fresh tab on a browser emptied of the app's cookies and site data, and each test starts
 * signed out. The classes of a lane run one after another; the two lanes run side by side, beside the flow tests.
 * Every browser test class extends this without adding configuration, so they all share one cached Spring context
 * and one database; tests therefore create what they change, under unique names, and never rely on each other.
 *
 * <p>The browser and driver are the Debian packages; Selenium Manager is never asked (it would go online).
 * Override the paths with the system property or environment variable {@code CHROME_BIN} / {@code CHROMEDRIVER}.
 * Profiles, downloads, generated uploads and screenshots of failed tests go to {@code target/browser/}.
 *
 * <p>Every test also fails when the browser console shows an error (an uncaught script error, a failed resource, a
 * refused script): a broken button often shows nothing on the page but always shows up there. A test that provokes
 * one on purpose (e.g. a 403 it checks) says so with {@link #expectConsoleError(String)}.
 *
 * <p>The browser runs with animations on, as in a classroom; a subclass that overrides {@link #reducedMotion()}
 * runs its tests as a user who asked the system for reduced motion (emulated in its tab, as DevTools does).
 */
// Ahead of @SpringBootTest, so the context is built before Spring's extension asks for it (SideBySideContexts).
@ExtendWith(cn.hezuo.testsupport.SideBySideContexts.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(providers = BrowserLane.Locks.class)
public abstract class BrowserTest {

    private static final Path OUTPUT = Path.of("target", "browser").toAbsolutePath();
    private static final SecureRandom RANDOM = new SecureRandom();
    @LocalServerPort
    private int port;

    @Autowired
    private AccountRepository accounts;

    private ChromeDriver driver;
    private Path downloadDir;
    private Path workDir;

    /** The browser of this test class, pointed at the running app. */
    protected Browser browser;

    /** Parts of console errors the running test provokes on purpose. */
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    /** Keeps a screenshot and the HTML of the page a failed test ended on, next to the surefire reports. */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            savePage(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    void openBrowserTab() throws IOException {
        workDir = Files.createDirectories(OUTPUT.resolve("files").resolve(getClass().getSimpleName() + "-" + uniqueSuffix()));
        String origin = "http://localhost:" + port;
        SharedChromium chromium = SharedChromium.freshTab(BrowserLane.Locks.laneOf(getClass()), origin, reducedMotion());
        driver = chromium.driver();
        downloadDir = chromium.downloadDir();
        browser = new Browser(driver, origin);
    }

    /** Whether this class's browser asks pages for reduced motion ({@code prefers-reduced-motion: reduce}). */
    protected boolean reducedMotion() {
        return false;
    }

    /**
     * Allows console errors containing {@code part} in the running test only, e.g. the "403" of a page the test
     * opens to check it is refused. Every other console error still fails the test.
     */
    protected void expectConsoleError(String part) {
        expectedConsoleErrors.add(part);
    }

    /** Each test sees only its own console: what the previous test left in the log is dropped. */
    @BeforeEach
    void clearConsole() {
        expectedConsoleErrors.clear();
        consoleErrors();
    }

    /**
     * Fails on console errors the test did not expect, then signs out: each test starts signed out, whatever the
     * previous one left behind. (One method, so the console is read before anything else happens in the browser.)
     */
    @AfterEach
    void checkConsoleAndSignOut(TestInfo test) {
        List<String> unexpected = consoleErrors().stream()
                .filter(message -> expectedConsoleErrors.stream().noneMatch(message::contains))
                .toList();
        if (!unexpected.isEmpty()) {
            savePage(getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("?") + "-console");
        }
        try {
            driver.manage().deleteAllCookies();
        } catch (WebDriverException e) {
            // no page of the app is open: nothing to sign out of
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("the browser console shows errors:\n  " + String.join("\n  ", unexpected));
        }
    }

    /** The SEVERE entries of the browser console since the last call (reading empties Chromium's buffer). */
    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** The demo school's id (the school every demo login belongs to). */
    protected long demoSchoolId() {
        return accounts.findByUsername("admin").orElseThrow().getSchoolId();
    }

    /** Six lowercase letters and digits, for names that must not clash with other tests in the shared database. */
    protected static String uniqueSuffix() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return suffix.toString();
    }

    /** {@code count} random decimal digits, e.g. for 学号 that must not clash with another test's. */
    protected static String uniqueDigits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /** A directory of this test class for files it generates, e.g. spreadsheets to upload. */
    protected Path workDir() {
        return workDir;
    }

    /** Waits for the browser to finish saving a download whose name ends with {@code suffix}. */
    protected Path awaitDownload(String suffix) {
        return new FluentWait<>(downloadDir)
                .withTimeout(Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> "no finished *" + suffix + " download in " + downloadDir + ": " + list(downloadDir))
                .until(dir -> {
                    List<Path> files = list(dir);
                    boolean inProgress = files.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
                    Optional<Path> done = files.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                    return inProgress ? null : done.orElse(null);
                });
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void savePage(String name) {
        try {
            Path dir = Files.createDirectories(OUTPUT.resolve("failures"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | WebDriverException e) {
            System.err.println("could not save the failed page " + name + ": " + e);
        }
    }
}
