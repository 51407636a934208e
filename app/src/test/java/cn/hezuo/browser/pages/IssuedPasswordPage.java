package cn.hezuo.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The one-time display of issued initial passwords, after creating a login or resetting a password. */
public final class IssuedPasswordPage extends Page {

    public IssuedPasswordPage(Browser browser) {
        super(browser, By.id("issued-passwords"));
    }

    /** The initial password issued to the username, as printed on the page. */
    public String passwordOf(String username) {
        WebElement row = findAll(By.cssSelector("#issued-passwords tbody tr[data-username]")).stream()
                .filter(r -> username.equals(r.getAttribute("data-username"))).findFirst()
                .orElseThrow(() -> new AssertionError("no password issued to " + username));
        return row.findElement(By.cssSelector(".issued-password")).getText().strip();
    }
}
