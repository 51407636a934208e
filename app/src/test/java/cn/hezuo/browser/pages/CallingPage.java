package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
        String before = currentDrawId();
        find(By.id("draw-number")).click();
        // Read through JavaScript: the result panel is replaced while we poll, so element references go stale.
        wait.until(d -> {
            String now = currentDrawId();
            return now != null && !now.equals(before)
                    && Boolean.TRUE.equals(browser.script("return document.getElementById('calling-stage').hidden"));
        });
        return Integer.parseInt(find(By.id("result")).getAttribute("data-member-no"));
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
}
