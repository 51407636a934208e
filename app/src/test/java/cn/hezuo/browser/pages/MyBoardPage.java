package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student's 互助答疑 board (/me/board): subject tabs, the ask form and the class's questions. */
public final class MyBoardPage extends Page {

    public MyBoardPage(Browser browser) {
        super(browser, By.id("board-subjects"));
    }

    public static MyBoardPage open(Browser browser) {
        browser.go("/me/board");
        return new MyBoardPage(browser);
    }

    public MyBoardPage subject(String name) {
        WebElement tab = findAll(By.cssSelector(".board-subject")).stream().filter(t -> t.getText().strip().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no subject tab " + name));
        submitAndWait(tab);
        return new MyBoardPage(browser);
    }

    /** Asks; a refused question stays on the board page, an accepted one opens its own page. */
    public Page ask(String text) {
        WebElement body = find(By.id("ask-body"));
        Scroll.intoView(browser, body);
        body.clear();
        body.sendKeys(text);
        submitAndWait(find(By.id("ask-submit")));
        return isPresent(By.id("board-question")) ? new BoardQuestionPage(browser) : new MyBoardPage(browser);
    }

    public String askError() {
        return findAll(By.id("ask-error")).stream().findFirst().map(e -> e.getText().strip()).orElse("");
    }

    public String draft() {
        return find(By.id("ask-body")).getAttribute("value");
    }

    public List<String> questions() {
        return findAll(By.cssSelector(".board-question-link")).stream().map(e -> e.getText().strip()).toList();
    }

    public BoardQuestionPage open(String question) {
        WebElement link = findAll(By.cssSelector(".board-question-link")).stream()
                .filter(e -> e.getText().strip().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + question + " in " + questions()));
        submitAndWait(link);
        return new BoardQuestionPage(browser);
    }

    public boolean fitsTheWindowWidth() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    public int askButtonHeight() {
        return find(By.id("ask-submit")).getSize().getHeight();
    }
}
