package cn.hezuo.browser.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Brings an element to the middle of the window first, so a click is not taken by whatever covers the bottom. */
final class Scroll {

    private Scroll() {
    }

    static WebElement intoView(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
