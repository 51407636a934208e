package cn.hezuo.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for every browser test class of a lane ({@link BrowserLane}). Starting Chromium with a fresh profile costs about
 * three seconds of CPU on two cores, and a lane runs some 15 classes one after another, so they share one
 * browser and each class gets a fresh tab instead ({@link #freshTab}): a new tab has none of the previous class's
 * DevTools emulation (viewport, offline network, blocked URLs, reduced motion), and the app's origin is emptied of
 * cookies, local storage (the offline outboxes) and every other kind of site data before the class starts. The
 * window gets its first size back and the download directory is emptied.
 *
 * <p>Each {@link BrowserLane} has its own browser, and the classes of a lane never run side by side, so one tab at a
 * time is enough. The browsers quit when the test session ends ({@link QuitBrowsersWhenTestsEnd}); a class that finds
 * its browser gone starts a new one.
 */
final class SharedChromium {

    private static final Path OUTPUT = Path.of("target", "browser").toAbsolutePath();
    /**
     * Debian's {@code chromium-headless-shell}: the same Blink and V8 as {@code chromium}, without the browser's own
     * interface, which in {@code --headless=new} mode costs the browser process more CPU per page than the page
     * itself (measured: 30 page loads of the app 8.5 s of Chromium CPU with the full browser, 5.3 s with the
     * shell). The full browser is the fallback where the shell is not installed.
     */
    private static final Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");
    /**
     * Selenium 4.31 ships DevTools bindings up to Chrome 135 and warns on every start that Debian's newer Chromium
     * has none. These tests use DevTools only through ChromeDriver's raw command. Held in a field: java.util.logging
     * keeps loggers weakly.
     */
    private static final List<Logger> QUIETED = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger).toList();

    private static final Map<BrowserLane.Lane, SharedChromium> RUNNING = new EnumMap<>(BrowserLane.Lane.class);

    private final ChromeDriver driver;
    private final Path profileDir;
    private final Path downloadDir;
    private final Dimension firstWindowSize;

    private SharedChromium(ChromeDriver driver, Path profileDir, Path downloadDir) {
        this.driver = driver;
        this.profileDir = profileDir;
        this.downloadDir = downloadDir;
        this.firstWindowSize = driver.manage().window().getSize();
    }

    /**
     * The shared browser with one new, clean tab open on {@code origin} (no page loaded yet), asking pages for
     * reduced motion or not.
     */
    static SharedChromium freshTab(BrowserLane.Lane lane, String origin, boolean reducedMotion) {
        SharedChromium chromium;
        synchronized (RUNNING) {
            chromium = RUNNING.get(lane);
            if (chromium == null || !chromium.alive()) {
                chromium = start();
                RUNNING.put(lane, chromium);
            }
        }
        chromium.openCleanTab(origin, reducedMotion);
        return chromium;
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloadDir() {
        return downloadDir;
    }

    private void openCleanTab(String origin, boolean reducedMotion) {
        List<String> oldTabs = List.copyOf(driver.getWindowHandles());
        String tab = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        for (String old : oldTabs) {
            driver.switchTo().window(old).close();
        }
        driver.switchTo().window(tab);
        driver.manage().window().setSize(firstWindowSize);
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        if (reducedMotion) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        }
        emptyDirectory(downloadDir);
        driver.manage().logs().get(LogType.BROWSER);
    }

    private boolean alive() {
        try {
            driver.getWindowHandles();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static SharedChromium start() {
        try {
            String run = "shared-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
            Path profileDir = Files.createDirectories(OUTPUT.resolve("profiles").resolve(run));
            Path downloadDir = Files.createDirectories(OUTPUT.resolve("downloads").resolve(run));
            QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            String binary = setting("CHROME_BIN", Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL.toString() : "/usr/bin/chromium");
            options.setBinary(binary);
            options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900", "--lang=zh-CN");
            if (!binary.contains("headless-shell")) {
                // The full browser in its headless mode. (The shell finds no page with a profile directory of ours:
                // ChromeDriver gives it a temporary one and deletes it on quit.)
                options.addArguments("--headless=new", "--user-data-dir=" + profileDir);
            }
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloadDir.toString(),
                    "download.prompt_for_download", false,
                    "intl.accept_languages", "zh-CN,zh"));
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            return new SharedChromium(new ChromeDriver(service, options), profileDir, downloadDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends every shared browser, when the test session closes. ChromeDriver's own quit leaves
     * {@code chromium-headless-shell} running and returns only after some twenty seconds (a JVM shutdown hook that
     * called it left both lanes' browsers running after every build, each still spending CPU on its last page), so
     * the Chromium processes started under this JVM are ended first and ChromeDriver is told to quit after.
     */
    static void quitAll() {
        synchronized (RUNNING) {
            List<ProcessHandle> browsers = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.contains("chromium")).orElse(false)).toList();
            browsers.forEach(ProcessHandle::destroy);
            for (ProcessHandle browser : browsers) {
                try {
                    browser.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception stillThere) {
                    browser.destroyForcibly();
                }
            }
            RUNNING.values().forEach(SharedChromium::quit);
            RUNNING.clear();
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone
        }
        deleteQuietly(profileDir);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void emptyDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(SharedChromium::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover file in target/ does no harm
        }
    }
}
