package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects of the classroom observation tool (观课, issue 15). */
public final class ObservationPages {

    private ObservationPages() {
    }

    /** 我的观课任务 (/research/observations/mine), reached from the research start page. */
    public static final class Mine extends Page {

        public Mine(Browser browser) {
            super(browser, By.id("my-observations"));
        }

        public static Mine fromResearchHome(Browser browser) {
            browser.go("/research");
            ResearchHome home = new ResearchHome(browser);
            return home.openMine();
        }

        public Recorder record(long lessonId) {
            submitAndWait(find(By.cssSelector(".my-observation[data-lesson-id='" + lessonId + "'] .obs-record-link")));
            return new Recorder(browser);
        }
    }

    private static final class ResearchHome extends Page {
        ResearchHome(Browser browser) {
            super(browser, By.id("my-observations-link"));
        }

        Mine openMine() {
            submitAndWait(find(By.id("my-observations-link")));
            return new Mine(browser);
        }
    }

    /** The live tool (/research/observations/{id}/record). */
    public static final class Recorder extends Page {

        public Recorder(Browser browser) {
            super(browser, By.id("obs-tool"));
            // The script has run once the pending badge carries its count.
            wait.until(d -> !find(By.id("obs-pending")).getText().equals("0"));
        }

        public Recorder activity(String code) {
            tap(find(By.id("code-" + code)));
            return this;
        }

        /** Taps the n-th student of the seating chart (0-based, in the page's order). */
        public long speaker(int index) {
            WebElement seat = findAll(By.cssSelector(".obs-seat")).get(index);
            tap(seat);
            return Long.parseLong(seat.getAttribute("data-student-id"));
        }

        /**
         * Taps {@code taps} seats in turn (seat i % 40) in one burst: one script clicks the buttons one after another
         * with nothing in between — faster than any finger or driver round trip, so every tap lands while earlier
         * ones are still being sent. (A driver click per tap costs a round trip through ChromeDriver each, which made
         * this the slowest browser test without testing more.)
         */
        public Recorder rapidSpeakers(int taps) {
            browser.script("var seats = document.querySelectorAll('.obs-seat');"
                    + "for (var i = 0; i < " + taps + "; i++) { seats[i % 40].click(); }");
            return this;
        }

        public Recorder question(String type) {
            tap(find(By.id("question-" + type)));
            return this;
        }

        public Recorder answered() {
            tap(find(By.id("obs-answered")));
            return this;
        }

        public Recorder exercise(int correct, int total) {
            type(By.id("ex-correct"), String.valueOf(correct));
            type(By.id("ex-total"), String.valueOf(total));
            tap(find(By.id("ex-add")));
            return this;
        }

        public Recorder note(String text) {
            type(By.id("note-text"), text);
            tap(find(By.id("note-add")));
            return this;
        }

        public Recorder end() {
            tap(find(By.id("obs-end")));
            return this;
        }

        public int pending() {
            return Integer.parseInt(find(By.id("obs-pending")).getAttribute("data-count"));
        }

        public boolean showsOffline() {
            return find(By.id("obs-offline")).isDisplayed();
        }

        public Recorder awaitOffline() {
            wait.until(d -> showsOffline());
            return this;
        }

        /** Waits until every tap is confirmed by the server. */
        public Recorder awaitSynced() {
            wait.until(d -> pending() == 0 && !showsOffline());
            return this;
        }

        public String turns() {
            return find(By.id("obs-turns")).getText();
        }

        public String speakers() {
            return find(By.id("obs-speakers")).getText();
        }

        public String accuracy() {
            return find(By.id("obs-accuracy")).getText();
        }

        public String current() {
            return find(By.id("obs-current")).getText();
        }

        /** The slowest tap so far, in ms, as the page measured it (record to screen and local queue). */
        public double maxTapMillis() {
            return Double.parseDouble(find(By.id("obs-tool")).getAttribute("data-max-tap-ms"));
        }

        public List<Double> tapMillis() {
            return List.of(Double.parseDouble(find(By.id("obs-tool")).getAttribute("data-last-tap-ms")));
        }

        public boolean fitsTheWindowWidth() {
            return (Boolean) browser.script(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        }

        public Recorder reload() {
            WebElement old = find(By.tagName("html"));
            browser.driver().navigate().refresh();
            wait.until(d -> {
                try {
                    old.isEnabled();
                    return false;
                } catch (RuntimeException gone) {
                    return true;
                }
            });
            return new Recorder(browser);
        }

        public Report openReport() {
            submitAndWait(find(By.cssSelector(".obs-bar + div a")));
            return new Report(browser);
        }

        private void tap(WebElement element) {
            Scroll.intoView(browser, element);
            element.click();
        }
    }

    /** The lesson's page with the combined report (/research/observations/{id}). */
    public static final class Report extends Page {

        public Report(Browser browser) {
            super(browser, By.id("obs-report"));
        }

        public String figure(String id) {
            return find(By.id(id)).getText();
        }

        public int speakerRows() {
            return findAll(By.cssSelector("#obs-speakers .obs-speaker")).size();
        }

        public String questionsOf(String type) {
            return find(By.cssSelector("#obs-questions tr[data-type='" + type + "'] td:last-child")).getText();
        }

        public boolean chartDrawn() {
            wait.until(d -> !findAll(By.cssSelector("#obs-timeline svg")).isEmpty());
            return true;
        }

        public List<String> notes() {
            return findAll(By.cssSelector("#obs-notes .obs-note")).stream().map(WebElement::getText).toList();
        }
    }
}
