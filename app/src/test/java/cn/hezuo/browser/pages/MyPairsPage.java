package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student's 帮扶对子 (/me/pairs): one card per pair with the subject and the partner. */
public final class MyPairsPage extends Page {

    public MyPairsPage(Browser browser) {
        super(browser, By.id("back-to-me"));
    }

    public List<String> pairLines() {
        return findAll(By.cssSelector(".my-pair h2")).stream().map(e -> e.getText().strip()).toList();
    }

    /** Opens the pair whose line contains {@code text}. */
    public PairPage open(String text) {
        WebElement card = findAll(By.cssSelector(".my-pair")).stream().filter(c -> c.getText().contains(text))
                .findFirst().orElseThrow();
        submitAndWait(card.findElement(By.cssSelector(".my-pair-open")));
        return new PairPage(browser);
    }
}
