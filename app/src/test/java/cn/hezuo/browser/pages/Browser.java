package cn.hezuo.browser.pages;

import java.net.URI;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The browser a page object drives, and the address of the app under test. */
public record Browser(WebDriver driver, String baseUrl) {

    public String url(String path) {
        return baseUrl + path;
    }

    /** Loads a page of the app by path, e.g. {@code /admin/classes}. */
    public void go(String path) {
        driver.get(url(path));
    }

    /** The path of the page now shown, without query. */
    public String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public String pageSource() {
        return driver.getPageSource();
    }
}
