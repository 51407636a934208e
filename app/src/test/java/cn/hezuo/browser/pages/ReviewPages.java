package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of inter-group review (组间互评) and its scoring panel (issue 15). */
public final class ReviewPages {

    private ReviewPages() {
    }

    /** The teacher home's research panel: the reviews due, as "A 评 B" lines. */
    public static final class HomeReviews extends Page {

        private static final By LINKS = By.cssSelector("#home-reviews-due .home-review-due a");

        private HomeReviews(Browser browser) {
            super(browser, By.id("home-reviews-due"));
        }

        public static HomeReviews open(Browser browser) {
            TeacherHomePage.open(browser);
            return new HomeReviews(browser);
        }

        public List<String> lines() {
            return findAll(LINKS).stream().map(WebElement::getText).toList();
        }

        public Round openFirst() {
            submitAndWait(findAll(LINKS).get(0));
            return new Round(browser);
        }
    }

    /** A review round: my group's reviews with their scoring panels, the pairs and the results. */
    public static final class Round extends Page {

        private static final By FORM = By.cssSelector(".my-review .score-form");

        Round(Browser browser) {
            super(browser, By.id("round-name"));
            wait.until(ExpectedConditions.presenceOfElementLocated(FORM));
        }

        public String name() {
            return find(By.id("round-name")).getText();
        }

        /** The group the first of my reviews is about. */
        public String firstReviewee() {
            return find(By.cssSelector(".my-review")).getAttribute("data-reviewee");
        }

        /** Fills the first scoring form: item name → score, then the comments, and submits it (htmx swaps the panel). */
        public Round score(java.util.Map<String, String> byItem, String strengths, String weaknesses) {
            WebElement form = find(FORM);
            for (WebElement input : form.findElements(By.cssSelector("input[data-item]"))) {
                String value = byItem.get(input.getAttribute("data-item"));
                if (value != null) {
                    input.clear();
                    input.sendKeys(value);
                }
            }
            WebElement s = form.findElement(By.cssSelector("textarea[name=strengths]"));
            s.clear();
            s.sendKeys(strengths);
            WebElement w = form.findElement(By.cssSelector("textarea[name=weaknesses]"));
            w.clear();
            w.sendKeys(weaknesses);
            WebElement button = form.findElement(By.cssSelector("[data-score-submit]"));
            Scroll.intoView(browser, button);
            button.click();
            wait.until(ExpectedConditions.stalenessOf(form));
            wait.until(ExpectedConditions.presenceOfElementLocated(FORM));
            return this;
        }

        public String error() {
            return findAll(By.cssSelector(".my-review [data-score-error]")).stream().map(WebElement::getText)
                    .findFirst().orElse("");
        }

        public boolean saved() {
            return isPresent(By.cssSelector(".my-review [data-score-saved]"));
        }

        /** The scorers' names listed under the first review's results. */
        public List<String> scorersOfFirst() {
            return find(By.cssSelector(".my-review")).findElements(By.cssSelector(".rubric-results li strong")).stream()
                    .map(WebElement::getText).toList();
        }

        /** The value the first form shows for an item. */
        public String valueOf(String item) {
            return find(FORM).findElement(By.cssSelector("input[data-item='" + item + "']")).getAttribute("value");
        }
    }
}
