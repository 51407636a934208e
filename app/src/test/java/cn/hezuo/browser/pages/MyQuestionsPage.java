package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student's 我的疑问 page (/me/mutual-help): a card per lesson entry with the ask form and role links. */
public final class MyQuestionsPage extends Page {

    public MyQuestionsPage(Browser browser) {
        super(browser, By.cssSelector("#no-lessons, .my-lesson"));
    }

    public static MyQuestionsPage open(Browser browser) {
        browser.go("/me/mutual-help");
        return new MyQuestionsPage(browser);
    }

    /** Types a question into a lesson's form (and picks a knowledge point if given) and sends it. */
    public MyQuestionsPage ask(long lessonId, String text, String knowledgePoint) {
        WebElement lesson = lesson(lessonId);
        WebElement body = lesson.findElement(By.cssSelector(".ask-body"));
        Scroll.intoView(browser, body);
        body.clear();
        body.sendKeys(text);
        if (knowledgePoint != null) {
            new org.openqa.selenium.support.ui.Select(lesson.findElement(By.cssSelector(".ask-point")))
                    .selectByVisibleText(knowledgePoint);
        }
        submitAndWait(lesson.findElement(By.cssSelector(".ask-submit")));
        return new MyQuestionsPage(browser);
    }

    /** Sends the lesson's form twice before the first answer arrives (a double tap). */
    public MyQuestionsPage askWithADoubleTap(long lessonId, String text) {
        WebElement lesson = lesson(lessonId);
        lesson.findElement(By.cssSelector(".ask-body")).sendKeys(text);
        browser.script("const f = document.querySelector('#lesson-" + lessonId + " .ask-form');"
                + " f.requestSubmit(); f.requestSubmit();");
        wait.until(d -> d.getCurrentUrl().contains("/me/mutual-help") && !lesson(lessonId).findElements(
                By.cssSelector(".my-question")).isEmpty());
        return new MyQuestionsPage(browser);
    }

    public List<String> myQuestions(long lessonId) {
        return lesson(lessonId).findElements(By.cssSelector(".my-question-body")).stream().map(e -> e.getText().strip())
                .toList();
    }

    public String outcomeOf(long lessonId, String question) {
        return lesson(lessonId).findElements(By.cssSelector(".my-question")).stream()
                .filter(q -> q.findElement(By.cssSelector(".my-question-body")).getText().strip().equals(question))
                .findFirst().map(q -> q.findElements(By.cssSelector(".my-outcome")).stream().findFirst()
                        .map(e -> e.getText().strip()).orElse("")).orElseThrow();
    }

    public String askError(long lessonId) {
        return lesson(lessonId).findElements(By.cssSelector(".ask-error")).stream().findFirst()
                .map(e -> e.getText().strip()).orElse("");
    }

    public String draft(long lessonId) {
        return lesson(lessonId).findElement(By.cssSelector(".ask-body")).getAttribute("value");
    }

    public boolean hasGroupListLink(long lessonId) {
        return !lesson(lessonId).findElements(By.cssSelector(".group-list-link")).isEmpty();
    }

    public GroupQuestionsPage openGroupList(long lessonId) {
        submitAndWait(lesson(lessonId).findElement(By.cssSelector(".group-list-link")));
        return new GroupQuestionsPage(browser);
    }

    public ClassQuestionsPage openClassList(long lessonId) {
        submitAndWait(lesson(lessonId).findElement(By.cssSelector(".class-list-link")));
        return new ClassQuestionsPage(browser);
    }

    public boolean fitsTheWindowWidth() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** The height in CSS pixels of the lesson's send button (a thumb needs at least 44). */
    public int sendButtonHeight(long lessonId) {
        return lesson(lessonId).findElement(By.cssSelector(".ask-submit")).getSize().getHeight();
    }

    /** Answers the lesson's 三思 (three short texts) and sends them. */
    public MyQuestionsPage reflect(long lessonId, String gains, String unclear, String plan) {
        WebElement form = find(By.id("reflection-" + lessonId));
        for (var field : java.util.Map.of(".reflect-gains", gains, ".reflect-unclear", unclear, ".reflect-plan", plan)
                .entrySet()) {
            WebElement box = form.findElement(By.cssSelector(field.getKey()));
            Scroll.intoView(browser, box);
            box.clear();
            box.sendKeys(field.getValue());
        }
        submitAndWait(form.findElement(By.cssSelector(".reflect-submit")));
        return new MyQuestionsPage(browser);
    }

    public boolean reflected(long lessonId) {
        return !find(By.id("reflection-" + lessonId)).findElements(By.cssSelector(".reflect-done")).isEmpty();
    }

    private WebElement lesson(long lessonId) {
        return find(By.id("lesson-" + lessonId));
    }
}
