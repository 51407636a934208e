package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** The page shown instead of content: 403, 404, 409 … with a message in the user's language. */
public final class ErrorPage extends Page {

    public ErrorPage(Browser browser) {
        super(browser, By.id("problem"));
    }

    /** Opens a path expecting to be refused. */
    public static ErrorPage visit(Browser browser, String path) {
        browser.go(path);
        return new ErrorPage(browser);
    }

    public int status() {
        return Integer.parseInt(find(By.cssSelector("#problem h1")).getText().strip());
    }

    public String message() {
        return find(By.cssSelector("#problem p")).getText().strip();
    }

    public boolean showsRoster() {
        return isPresent(By.id("roster"));
    }
}
