package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A student's 同伴互评 page (/me/peer-evaluation). */
public final class MyPeerEvaluationPage extends Page {

    public MyPeerEvaluationPage(Browser browser) {
        super(browser, By.cssSelector("#received, #open-round, #no-peer-evaluation"));
    }

    /** Opened by address, e.g. after signing in as a student. */
    public static MyPeerEvaluationPage open(Browser browser) {
        browser.go("/me/peer-evaluation");
        return new MyPeerEvaluationPage(browser);
    }

    /** The rating form's progress line, e.g. "第 2/6 位同学". */
    public String progress() {
        return find(By.id("peer-progress")).getText().strip();
    }

    /** The classmate (or the student themself) whose card is on screen. */
    public long shownClassmate() {
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("#my-ratings .mate-card")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        return Long.parseLong(card.getAttribute("data-student-id"));
    }

    /** Everyone on the form, in the order of the cards. */
    public List<Long> classmatesOnForm() {
        return findAll(By.cssSelector("#my-ratings .mate-card")).stream()
                .map(c -> Long.parseLong(c.getAttribute("data-student-id"))).toList();
    }

    /** Taps a star (its label: the radio itself is drawn by the label). {@code criterion} as in Scores.CRITERIA. */
    public MyPeerEvaluationPage tapStar(long studentId, String criterion, int stars) {
        Scroll.intoView(browser, find(By.cssSelector("label[for='" + criterion + "_" + studentId + "_" + stars + "']")))
                .click();
        return this;
    }

    /** The stars chosen for one classmate and criterion, 0 when none. */
    public int chosenStars(long studentId, String criterion) {
        return findAll(By.cssSelector("input[name='" + criterion + "_" + studentId + "']:checked")).stream()
                .mapToInt(e -> Integer.parseInt(e.getAttribute("value"))).findFirst().orElse(0);
    }

    public WebElement commentBox(long studentId) {
        return find(By.id("comment_" + studentId));
    }

    public MyPeerEvaluationPage writeComment(long studentId, String text) {
        Scroll.intoView(browser, commentBox(studentId));
        type(By.id("comment_" + studentId), text);
        return this;
    }

    /** "下一位" on the card shown; waits for the next card. */
    public MyPeerEvaluationPage next() {
        long before = shownClassmate();
        shownButton(".peer-next").click();
        wait.until(d -> shownClassmate() != before);
        return this;
    }

    /** "上一位" on the card shown; waits for the previous card. */
    public MyPeerEvaluationPage previous() {
        long before = shownClassmate();
        shownButton(".peer-prev").click();
        wait.until(d -> shownClassmate() != before);
        return this;
    }

    /** "下一位" while a star is missing: stays on the card and returns the message shown. */
    public String nextRefused() {
        shownButton(".peer-next").click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("peer-missing"))).getText().strip();
    }

    public boolean saveButtonShown() {
        return find(By.id("save-ratings")).isDisplayed();
    }

    /** Saves the ratings (the button on the last card) and waits for the page to come back. */
    public MyPeerEvaluationPage saveRatings() {
        submitAndWait(find(By.id("save-ratings")));
        return new MyPeerEvaluationPage(browser);
    }

    /** True when the page is no wider than the window (no sideways scrolling on a phone). */
    public boolean fitsTheWindowWidth() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** True when the element lies wholly inside the window's width and starts above its bottom edge. */
    public boolean inViewport(WebElement element) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0"
                        + " && r.bottom <= window.innerHeight;", element);
    }

    /** The size of a star's tap target in CSS pixels: [width, height]. */
    public List<Long> starSize(long studentId, String criterion) {
        WebElement star = find(By.cssSelector("label[for='" + criterion + "_" + studentId + "_1']"));
        return List.of((long) star.getRect().getWidth(), (long) star.getRect().getHeight());
    }

    private WebElement shownButton(String css) {
        return Scroll.intoView(browser, findAll(By.cssSelector("#my-ratings " + css)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow(() -> new AssertionError("no visible " + css)));
    }

    /** From the student home page, through its card. */
    public static MyPeerEvaluationPage fromHome(MyRecordPage home) {
        return home.openPeerEvaluation();
    }

    /** The four averages of the newest round the student received, as shown. */
    public List<String> latestAverages() {
        return find(By.cssSelector("#received .received-round")).findElements(By.cssSelector(".received-mean"))
                .stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Everything the "what others gave me" section shows. */
    public String receivedText() {
        return find(By.id("received")).getText();
    }

    public boolean showsCommentsFromPeers() {
        return isPresent(By.cssSelector("#received .received-comments"));
    }
}
