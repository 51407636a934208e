package cn.hezuo.browser.pages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * 课堂模式 / 手机模式 of the 课堂评价 board as a projector or phone shows it: layout measured in the browser (cards,
 * name sizes, the palette), award feedback, the offline outbox, shortcuts and the timing figures the page records.
 */
public final class ClassroomBoardPage extends Page {

    /** What the browser measured: every card's box, the smallest member-name size, overlaps with the palette. */
    public record Layout(double viewportWidth, double viewportHeight, long cards, long cardsInside, long cardsFullyVisible,
                         double smallestNamePx, double largestOnCardPx, double totalPx, boolean pageScrolls,
                         long paletteItems, long paletteItemsCovered, long cardsOverlappingPalette,
                         long membersCutOff) {
    }

    private static final String MEASURE = """
            const vw = document.documentElement.clientWidth, vh = window.innerHeight;
            const cards = [...document.querySelectorAll('#eval-groups .eval-card')];
            const inside = r => r.left >= -0.5 && r.top >= -0.5 && r.right <= vw + 0.5 && r.bottom <= vh + 0.5;
            const px = el => parseFloat(getComputedStyle(el).fontSize);
            const names = [...document.querySelectorAll('#eval-groups .eval-member .nm')];
            const items = [...document.querySelectorAll('#eval-items .eval-item')]
                .filter(b => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden');
            const palette = document.getElementById('eval-items').getBoundingClientRect();
            const covered = items.filter(b => {
              const r = b.getBoundingClientRect();
              if (r.bottom <= 0 || r.top >= vh) { return false; } // scrolled inside the rail: not on screen
              // A disabled button takes no pointer events (Bootstrap), so the hit may be the palette itself.
              const hit = document.elementFromPoint(r.left + r.width / 2, Math.min(r.top + r.height / 2, vh - 1));
              return !(hit && document.getElementById('eval-items').contains(hit));
            }).length;
            const overlaps = cards.filter(c => {
              const r = c.getBoundingClientRect();
              return items.length > 0 && r.left < palette.right - 0.5 && r.right > palette.left + 0.5
                  && r.top < palette.bottom - 0.5 && r.bottom > palette.top + 0.5;
            }).length;
            let largest = 0;
            cards.forEach(c => c.querySelectorAll('*').forEach(e => {
              if (e.childElementCount === 0 && e.textContent.trim() && !e.classList.contains('eval-group-total') && !e.classList.contains('eval-float')) {
                largest = Math.max(largest, px(e));
              }
            }));
            const totals = cards.map(c => px(c.querySelector('.eval-group-total')));
            const cut = cards.filter(c => getComputedStyle(c.querySelector('.eval-members')).overflowX !== 'auto')
                .reduce((n, c) => { const r = c.getBoundingClientRect();
                  return n + [...c.querySelectorAll('.eval-member')].filter(m => {
                    const b = m.getBoundingClientRect(); return b.bottom > r.bottom + 0.5 || b.right > r.right + 0.5; }).length; }, 0);
            return {vw: vw, vh: vh, cards: cards.length, cut: cut,
              inside: cards.filter(c => c.getBoundingClientRect().width > 0 && inside(c.getBoundingClientRect())).length,
              visible: cards.filter(c => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= vh; }).length,
              smallestName: names.length ? Math.min(...names.map(px)) : 0, largest: largest,
              total: totals.length ? Math.min(...totals) : 0,
              scrolls: document.scrollingElement.scrollHeight > vh + 1 || document.scrollingElement.scrollWidth > vw + 1,
              items: items.length, covered: covered, overlaps: overlaps};
            """;

    public ClassroomBoardPage(Browser browser) {
        super(browser, By.id("eval-board"));
    }

    public static ClassroomBoardPage open(Browser browser, long classId) {
        browser.go("/classes/" + classId + "/evaluation");
        return new ClassroomBoardPage(browser);
    }

    public static ClassroomBoardPage openPhone(Browser browser, long classId) {
        browser.go("/classes/" + classId + "/evaluation/phone");
        return new ClassroomBoardPage(browser);
    }

    @SuppressWarnings("unchecked")
    public Layout layout() {
        Map<String, Object> m = (Map<String, Object>) browser.script(MEASURE);
        return new Layout(num(m, "vw"), num(m, "vh"), (long) num(m, "cards"), (long) num(m, "inside"),
                (long) num(m, "visible"), num(m, "smallestName"), num(m, "largest"), num(m, "total"),
                Boolean.TRUE.equals(m.get("scrolls")), (long) num(m, "items"), (long) num(m, "covered"),
                (long) num(m, "overlaps"), (long) num(m, "cut"));
    }

    public int groupCount() {
        return findAll(By.cssSelector("#eval-groups .eval-card")).size();
    }

    public int groupTotal(int index) {
        WebElement total = card(index).findElement(By.cssSelector(".eval-group-total"));
        String value = total.getAttribute("data-value");
        return Integer.parseInt(value != null && !value.isBlank() ? value : total.getText().trim());
    }

    public ClassroomBoardPage tapGroup(int index) {
        card(index).findElement(By.cssSelector(".eval-group")).click();
        return this;
    }

    /** Taps the item button with this name (without waiting for the server). */
    public ClassroomBoardPage tapItem(String name) {
        item(name).click();
        return this;
    }

    public int itemPoints(String name) {
        return Integer.parseInt(item(name).getAttribute("data-points"));
    }

    public String itemKey(String name) {
        return item(name).getAttribute("data-key");
    }

    public ClassroomBoardPage press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        return this;
    }

    public ClassroomBoardPage pressEscape() {
        return press(Keys.ESCAPE);
    }

    public ClassroomBoardPage undo() {
        find(By.id("eval-undo")).click();
        return this;
    }

    /** Every floating label ("+2 合作探究") this page has shown (they fade after 1.3 s, the page keeps a log). */
    @SuppressWarnings("unchecked")
    public List<String> floatingLabels() {
        return (List<String>) browser.script("return window.Hezuo.evalPerf.labels.slice();");
    }

    /** How many card pulses this page has started. */
    public int pulses() {
        return ((Number) browser.script("return window.Hezuo.evalPerf.pulses;")).intValue();
    }

    public ClassroomBoardPage waitUntilSynced() {
        wait.until(d -> "0".equals(find(By.id("eval-board")).getAttribute("data-pending")));
        return this;
    }

    public ClassroomBoardPage waitForQueued(int count) {
        wait.until(d -> String.valueOf(count).equals(find(By.id("eval-board")).getAttribute("data-queued")));
        return this;
    }

    public String syncBadge() {
        WebElement badge = find(By.id("eval-sync"));
        return badge.isDisplayed() ? badge.getText() : "";
    }

    public boolean muted() {
        return "true".equals(find(By.id("eval-mute")).getAttribute("aria-pressed"));
    }

    public ClassroomBoardPage toggleMute() {
        find(By.id("eval-mute")).click();
        return this;
    }

    /** Sounds this page asked for (not muted); whether the machine has an audio device does not matter. */
    public int soundsPlayed() {
        Object n = browser.script("return window.Hezuo.evalPerf.chimes;");
        return ((Number) n).intValue();
    }

    public boolean helpShown() {
        return find(By.id("eval-help")).isDisplayed();
    }

    public ClassroomBoardPage toggleRail() {
        find(By.id("eval-items-toggle")).click();
        return this;
    }

    public boolean sheetOpen() {
        return !find(By.id("eval-items")).getAttribute("class").contains("collapsed");
    }

    /** Whether the members row of a card scrolls sideways (phone mode). */
    public boolean membersScrollSideways(int index) {
        return (Boolean) browser.script("const m = document.querySelectorAll('#eval-groups .eval-members')[" + index
                + "]; return m.scrollWidth > m.clientWidth + 1 && getComputedStyle(m).overflowX === 'auto';");
    }

    /** Tap → first animation frame (ms) of every tap, and the frame times (ms) while animating. */
    @SuppressWarnings("unchecked")
    public Map<String, List<Number>> timings() {
        return (Map<String, List<Number>>) browser.script(
                "return {taps: window.Hezuo.evalPerf.taps.slice(), frames: window.Hezuo.evalPerf.frames.slice()};");
    }

    /** Waits for {@code count} animation frames, or for the end of the watched animation on a slower machine. */
    public void waitForFrames(int count) {
        wait.until(d -> Boolean.TRUE.equals(browser.script("const p = window.Hezuo.evalPerf;"
                + " return p.frames.length >= " + count + " || (p.frames.length > 0 && !p.watching);")));
    }

    /**
     * First contentful paint of this page (ms since navigation start), from the Performance API. Chromium records the
     * entry asynchronously after the paint, so on a busy machine it can be missing for a moment after the page has
     * loaded: wait for it.
     */
    public double firstContentfulPaint() {
        Object v = wait.until(d -> browser.script("const p = performance.getEntriesByName('first-contentful-paint')[0];"
                + " return p ? p.startTime : null;"));
        return ((Number) v).doubleValue();
    }

    public ClassroomBoardPage reload() {
        browser.driver().navigate().refresh();
        return new ClassroomBoardPage(browser);
    }

    private WebElement item(String name) {
        return findAll(By.cssSelector("#eval-items .eval-item")).stream()
                .filter(b -> name.equals(b.findElement(By.cssSelector(".name")).getAttribute("textContent").trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + name));
    }

    private WebElement card(int index) {
        return findAll(By.cssSelector("#eval-groups .eval-card")).get(index);
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? 0 : ((Number) v).doubleValue();
    }
}
