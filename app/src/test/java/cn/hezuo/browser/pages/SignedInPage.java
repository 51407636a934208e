package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** Whatever page is shown to a signed-in person: only what every such page has (the sign-out button). */
public final class SignedInPage extends Page {

    public SignedInPage(Browser browser) {
        super(browser, By.id("logout"));
    }
}
