package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 随机点名 (/classes/{id}/calling): the mode buttons, the result panel and the roster with absences. */
public final class CallingPage extends Page {

    public CallingPage(Browser browser) {
        super(browser, By.id("calling-modes"));
    }

    public static CallingPage open(Browser browser, long classId) {
        browser.go("/classes/" + classId + "/calling");
        return new CallingPage(browser);
    }

    /** Starts a new calling session with "no repeats in this lesson". */
    public CallingPage startLesson() {
        browser.script("document.getElementById('window-select').value = 'LESSON'");
        submitAndWait(find(By.id("start-lesson")));
        return new CallingPage(browser);
    }

    /** The highest member number in the class's groups. */
    public int maxMemberNo() {
        return Integer.parseInt(find(By.cssSelector("form[data-spin=number]")).getAttribute("data-max-number"));
    }

    /** Clicks 每组N号 and waits for the animation to give way to the new result; returns the drawn number. */
    public int drawByNumber() {
        draw(By.id("draw-number"), "NUMBER");
        return Integer.parseInt(find(By.id("result")).getAttribute("data-member-no"));
    }

    /** Clicks 随机小组 and waits for the result; returns the title naming the group (第N组). */
    public String drawGroup() {
        draw(By.id("draw-group"), "GROUP");
        return find(By.id("result-title")).getText().strip();
    }

    /** Clicks 随机学生 and waits for the result; returns the called student's name. */
    public String drawStudent() {
        draw(By.id("draw-student"), "STUDENT");
        return find(By.id("result-title")).getText().strip();
    }

    /** Chooses group {@code groupNo} and clicks 组内随机 (one member of that group); returns the called name. */
    public String drawMemberOf(int groupNo) {
        browser.script("document.getElementById('member-group').value = '" + groupNo + "'");
        draw(By.id("draw-member"), "MEMBER");
        return find(By.id("result-title")).getText().strip();
    }

    /**
     * Clicks 随机小组 while the connection drops once (the browser's request fails as on a flaky classroom network,
     * before reaching the server), and waits until the retry, sent with the same request id, shows its group.
     */
    public String drawGroupWhileTheConnectionDropsOnce() {
        watchSpins();
        String before = currentDrawId();
        browser.script("""
                var realSend = XMLHttpRequest.prototype.send;
                window.__connectionDropped = false;
                XMLHttpRequest.prototype.send = function () {
                  XMLHttpRequest.prototype.send = realSend;
                  window.__connectionDropped = true;
                  var xhr = this;
                  window.setTimeout(function () { xhr.onerror(); }, 50);
                };""");
        Scroll.intoView(browser, find(By.id("draw-group"))).click();
        waitForNewDraw(before, "GROUP", By.id("draw-group"));
        if (!Boolean.TRUE.equals(browser.script("return window.__connectionDropped"))) {
            throw new AssertionError("the draw did not go through the dropped connection");
        }
        return find(By.id("result-title")).getText().strip();
    }

    /**
     * Draws 组内随机 for a group the class does not have (as a stale page would): the server refuses, and the result
     * panel shows its message. Returns that message once the animation (if any) is over.
     */
    public String drawMemberOfAGroupThatDoesNotExist() {
        watchSpins();
        browser.script("""
                var select = document.getElementById('member-group');
                var option = document.createElement('option');
                option.value = '999';
                select.appendChild(option);
                select.value = '999';""");
        Scroll.intoView(browser, find(By.id("draw-member"))).click();
        wait.until(d -> Boolean.TRUE.equals(browser.script("return !!document.getElementById('calling-error')"
                + " && document.getElementById('calling-stage').hidden")));
        return find(By.id("calling-error")).getText().strip();
    }

    /** Clicks 跳过 under the current result and waits until the result shows it as passed. */
    public CallingPage pass() {
        String drawId = currentDrawId();
        Scroll.intoView(browser, find(By.id("pass"))).click();
        wait.until(d -> Boolean.TRUE.equals(browser.script(
                "var r = document.getElementById('result'); return !!r && r.getAttribute('data-draw-id') === '"
                        + drawId + "' && !!document.getElementById('result-passed')"
                        + " && document.getElementById('calling-stage').hidden;")));
        return this;
    }

    /** The htmx version the page loaded (null when htmx is missing). */
    public String htmxVersion() {
        return (String) browser.script("return window.htmx ? window.htmx.version : null");
    }

    /** The CSRF header name and token of the layout's meta tags. */
    public List<String> csrfMeta() {
        return List.of(
                (String) browser.script("return document.querySelector('meta[name=\"_csrf_header\"]').content"),
                (String) browser.script("return document.querySelector('meta[name=\"_csrf\"]').content"));
    }

    /** From now on, every XMLHttpRequest the page sends is recorded with its method, URL and request headers. */
    public CallingPage recordRequests() {
        browser.script("""
                window.__requests = [];
                var open = XMLHttpRequest.prototype.open;
                var setHeader = XMLHttpRequest.prototype.setRequestHeader;
                var send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.open = function (method, url) {
                  this.__record = { method: String(method).toUpperCase(), url: String(url), headers: {} };
                  return open.apply(this, arguments);
                };
                XMLHttpRequest.prototype.setRequestHeader = function (name, value) {
                  if (this.__record) { this.__record.headers[name] = value; }
                  return setHeader.apply(this, arguments);
                };
                XMLHttpRequest.prototype.send = function () {
                  if (this.__record) { window.__requests.push(this.__record); }
                  return send.apply(this, arguments);
                };""");
        return this;
    }

    /** The requests recorded since {@link #recordRequests()}: method, url and headers of each. */
    @SuppressWarnings("unchecked")
    public List<java.util.Map<String, Object>> recordedRequests() {
        return (List<java.util.Map<String, Object>>) browser.script("return window.__requests");
    }

    /** Whether the page was told the user prefers reduced motion (then calling.js shows no animation). */
    public boolean prefersReducedMotion() {
        return Boolean.TRUE.equals(browser.script(
                "return window.matchMedia('(prefers-reduced-motion: reduce)').matches"));
    }

    /** How often the "slot machine" stage was shown on this page since the first draw through this object. */
    public int spinsShown() {
        Object count = browser.script("return window.__callingSpins || 0");
        return ((Number) count).intValue();
    }

    /**
     * Clicks a draw button and waits until a new result of that mode is shown and the animation (if any) is over.
     * Read through JavaScript: the result panel is replaced while we poll, so element references go stale.
     */
    private void draw(By button, String mode) {
        watchSpins();
        String before = currentDrawId();
        Scroll.intoView(browser, find(button)).click();
        waitForNewDraw(before, mode, button);
    }

    private void waitForNewDraw(String before, String mode, By button) {
        new WebDriverWait(browser.driver(), TIMEOUT)
                .withMessage(() -> "no new " + mode + " draw shown after clicking " + button + "; result panel: "
                        + browser.script("return document.getElementById('calling-result').innerText"))
                .until(d -> {
                    String now = currentDrawId();
                    return now != null && !now.equals(before)
                            && mode.equals(browser.script("return document.getElementById('result').getAttribute('data-mode')"))
                            && Boolean.TRUE.equals(browser.script("return document.getElementById('calling-stage').hidden"));
                });
    }

    /** The shortest time the stage was shown (ms) since the first draw through this object; null if it never was. */
    public Long shortestSpinMillis() {
        Object shortest = browser.script(
                "return window.__callingShortestSpin === undefined ? null : window.__callingShortestSpin");
        return shortest == null ? null : ((Number) shortest).longValue();
    }

    /**
     * Counts each time the stage is unhidden (in window.__callingSpins) and keeps the shortest time it stayed shown
     * (window.__callingShortestSpin), once per loaded page.
     */
    private void watchSpins() {
        browser.script("""
                if (window.__callingSpins === undefined) {
                  window.__callingSpins = 0;
                  var stage = document.getElementById('calling-stage');
                  var shownAt = null;
                  new MutationObserver(function () {
                    if (!stage.hidden && shownAt === null) {
                      window.__callingSpins++;
                      shownAt = performance.now();
                    } else if (stage.hidden && shownAt !== null) {
                      var shown = Math.round(performance.now() - shownAt);
                      shownAt = null;
                      if (window.__callingShortestSpin === undefined || shown < window.__callingShortestSpin) {
                        window.__callingShortestSpin = shown;
                      }
                    }
                  }).observe(stage, { attributes: true, attributeFilter: ['hidden'] });
                }""");
    }

    /** The names the current result calls (one per group for 每组N号). */
    public List<String> calledNames() {
        return findAll(By.cssSelector("#result .result-card[data-status=CALLED] .result-name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** The award area under the result: the called students' ids it awards. */
    public String awardHookStudentIds() {
        return find(By.id("award-hook")).getAttribute("data-student-ids");
    }

    /** Taps an evaluation item under the result (award the called students) and waits for the server's answer. */
    public CallingPage awardWith(String itemName) {
        wait.until(d -> !findAll(By.cssSelector("#award-hook .call-award-item")).isEmpty());
        WebElement item = findAll(By.cssSelector("#award-hook .call-award-item")).stream()
                .filter(b -> itemName.equals(b.findElement(By.cssSelector(".name")).getText().trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + itemName));
        Scroll.intoView(browser, item).click();
        waitUntilAwardSettled();
        return this;
    }

    /** Undoes the last award from the result panel and waits for the answer. */
    public CallingPage undoAward() {
        Scroll.intoView(browser, find(By.cssSelector("#award-hook .award-undo"))).click();
        waitUntilAwardSettled();
        return this;
    }

    public boolean awardUndoShown() {
        return find(By.cssSelector("#award-hook .award-undo")).isDisplayed();
    }

    public String awardStatus() {
        return find(By.cssSelector("#award-hook .award-status")).getText();
    }

    private void waitUntilAwardSettled() {
        wait.until(d -> Boolean.TRUE.equals(browser.script(
                "var h = document.getElementById('award-hook'); return h && !h.hasAttribute('data-pending');")));
    }

    /** Names of the present students in groups (the roster panel). */
    public List<String> presentGroupedNames() {
        return findAll(By.cssSelector(".calling-groups .seat[data-absent=false]")).stream()
                .filter(e -> !"0".equals(e.getAttribute("data-group-no")))
                .map(e -> e.getAttribute("data-name")).toList();
    }

    public String resultText() {
        return find(By.id("calling-result")).getText();
    }

    private String currentDrawId() {
        return (String) browser.script(
                "var r = document.getElementById('result'); return r ? r.getAttribute('data-draw-id') : null;");
    }

    /** Clicks 随机学生 while the network is down: the page draws itself; returns the called name (after the show). */
    public String drawStudentOffline() {
        find(By.id("draw-student")).click();
        wait.until(d -> Boolean.TRUE.equals(browser.script(
                "var r = document.getElementById('result'); return !!r && r.getAttribute('data-offline') === 'true'"
                        + " && !document.getElementById('calling-result').hidden;")));
        return find(By.id("result-title")).getText().strip();
    }

    /** Whether the offline result shows the called student's face (an avatar picture or the coloured initial). */
    public boolean offlineResultShowsAFace() {
        return !findAll(By.cssSelector("#result[data-offline=true] .result-face .result-avatar")).isEmpty();
    }

    /** Calls waiting in the browser's queue. */
    public int queuedCalls() {
        String n = find(By.id("calling-modes")).getAttribute("data-queued");
        return n == null || n.isBlank() ? 0 : Integer.parseInt(n);
    }

    public String syncBadge() {
        WebElement badge = find(By.id("calling-sync"));
        return badge.isDisplayed() ? badge.getText().strip() : "";
    }

    public CallingPage waitForQueued(int count) {
        wait.until(d -> queuedCalls() == count);
        return this;
    }

    /** The student's calls this term as the roster shows them (data-term-calls of the seat). */
    public int termCallsOf(String name) {
        return findAll(By.cssSelector(".seat")).stream().filter(e -> name.equals(e.getAttribute("data-name")))
                .map(e -> Integer.parseInt(e.getAttribute("data-term-calls"))).findFirst()
                .orElseThrow(() -> new AssertionError("no seat " + name));
    }
}
