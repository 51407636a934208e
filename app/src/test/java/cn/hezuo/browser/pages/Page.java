package cn.hezuo.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object shares: the browser, an explicit wait, and "click and wait for the next page". A page object
 * is constructed only once its page is shown, so a test that lands somewhere else fails at that step, by name.
 */
public abstract class Page {

    /** Generous: two shared cores, and the first request to each page compiles its template. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    protected final Browser browser;
    protected final WebDriverWait wait;

    protected Page(Browser browser, By identifiedBy) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), TIMEOUT);
        // htmx swaps elements while a condition reads them (find, then getAttribute): an element replaced in between
        // is stale, which means "not yet", so the condition is asked again instead of failing the test.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.withMessage(() -> getClass().getSimpleName() + " (" + identifiedBy + "): the browser shows "
                + browser.driver().getCurrentUrl() + " — " + visibleText());
        wait.until(ExpectedConditions.presenceOfElementLocated(identifiedBy));
    }

    /** Logs out with the navigation bar's button (a POST with the CSRF token, like a user does). */
    public LoginPage logout() {
        WebElement logout = find(By.id("logout"));
        // A page scrolled down (a long board, a form below the fold) has the bar's button above the viewport, where
        // Chromium refuses the click instead of scrolling to it.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "window.scrollTo(0, 0); arguments[0].scrollIntoView({block: 'center'});", logout);
        submitAndWait(logout);
        return new LoginPage(browser);
    }

    public String path() {
        return browser.currentPath();
    }

    protected WebElement find(By by) {
        return browser.driver().findElement(by);
    }

    protected List<WebElement> findAll(By by) {
        return browser.driver().findElements(by);
    }

    protected boolean isPresent(By by) {
        return !findAll(by).isEmpty();
    }

    protected void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Clicks something that loads another page (a submit button, a link) and waits until the old document is gone
     * and the new one has loaded, so the next lookup cannot hit the page being left.
     */
    protected void submitAndWait(WebElement clickable) {
        WebElement oldRoot = find(By.tagName("html"));
        // Pages grow (a student's home holds several cards): bring the target to the middle of the window first,
        // where nothing sticky can cover it.
        Scroll.intoView(browser, clickable);
        clickable.click();
        wait.until(driver -> isGone(oldRoot));
        wait.until(driver -> "complete".equals(browser.script("return document.readyState")));
    }

    /**
     * Whether the old page's root has left the document. Chromium sometimes answers the check, while the new page
     * replaces the old, with "Node with given id does not belong to the document" instead of a stale-element error:
     * both mean gone.
     */
    private static boolean isGone(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** How many elements (tags) the given elements contain; 0 when their content is plain text. */
    protected static int elementsInside(List<WebElement> elements) {
        return elements.stream().mapToInt(e -> e.findElements(By.xpath(".//*")).size()).sum();
    }

    private String visibleText() {
        try {
            String text = browser.driver().findElement(By.tagName("body")).getText();
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }
}
