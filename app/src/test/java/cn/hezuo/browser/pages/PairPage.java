package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One 帮扶对子 (/pairs/{id}): the check-in form (sent with htmx, the list swapped in place) and the records. */
public final class PairPage extends Page {

    public PairPage(Browser browser) {
        super(browser, By.id("checkin-form"));
    }

    public String heading() {
        return find(By.id("pair-heading")).getText().strip();
    }

    /** Fills and sends the form, then waits for the server's answer to replace the section. */
    public PairPage record(String content, String note) {
        WebElement old = find(By.id("pair-checkins"));
        type(By.id("checkin-content"), content);
        type(By.id("checkin-note"), note);
        WebElement submit = find(By.id("checkin-submit"));
        Scroll.intoView(browser, submit);
        submit.click();
        wait.until(driver -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
        wait.until(driver -> isPresent(By.id("checkin-form")));
        return this;
    }

    public String error() {
        return isPresent(By.id("checkin-error")) ? find(By.id("checkin-error")).getText().strip() : "";
    }

    public List<String> records() {
        return findAll(By.cssSelector(".checkin .checkin-content")).stream().map(e -> e.getText().strip()).toList();
    }

    public int submitHeight() {
        return find(By.id("checkin-submit")).getSize().getHeight();
    }

    public boolean fitsTheWindowWidth() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }
}
