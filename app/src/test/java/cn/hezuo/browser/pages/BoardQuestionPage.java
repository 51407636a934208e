package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One question of the board (/board/questions/{id}) with its answers, as a student or a teacher sees it. */
public final class BoardQuestionPage extends Page {

    public BoardQuestionPage(Browser browser) {
        super(browser, By.id("board-question"));
    }

    public static BoardQuestionPage open(Browser browser, long questionId) {
        browser.go("/board/questions/" + questionId);
        return new BoardQuestionPage(browser);
    }

    public String question() {
        return find(By.id("question-body")).getText().strip();
    }

    public BoardQuestionPage answer(String text) {
        WebElement body = find(By.id("answer-body"));
        Scroll.intoView(browser, body);
        body.clear();
        body.sendKeys(text);
        submitAndWait(find(By.id("answer-submit")));
        return new BoardQuestionPage(browser);
    }

    public List<String> answers() {
        return findAll(By.cssSelector(".board-answer .answer-body")).stream().map(e -> e.getText().strip()).toList();
    }

    /** Accepts the answer with this text (the asker's or a teacher's button). */
    public BoardQuestionPage accept(String answer) {
        submitAndWait(answerItem(answer).findElement(By.cssSelector(".answer-accept")));
        return new BoardQuestionPage(browser);
    }

    public boolean accepted(String answer) {
        return "true".equals(answerItem(answer).getAttribute("data-accepted"));
    }

    public boolean answersHeld() {
        return isPresent(By.id("answers-held"));
    }

    public boolean fitsTheWindowWidth() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    private WebElement answerItem(String answer) {
        return findAll(By.cssSelector(".board-answer")).stream()
                .filter(a -> a.findElement(By.cssSelector(".answer-body")).getText().strip().equals(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no answer " + answer + " in " + answers()));
    }
}
