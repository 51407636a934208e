package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The 课代表's page: every group's questions for one lesson, to merge and submit to the teacher. */
public final class ClassQuestionsPage extends Page {

    public ClassQuestionsPage(Browser browser) {
        super(browser, By.id("submit-class"));
    }

    public static ClassQuestionsPage open(Browser browser, long lessonId) {
        browser.go("/me/mutual-help/lessons/" + lessonId + "/class");
        return new ClassQuestionsPage(browser);
    }

    public List<String> topics() {
        return findAll(By.cssSelector(".rep-topic-body")).stream().map(e -> e.getText().strip()).toList();
    }

    /** Merges the topic worded {@code duplicate} into the one worded {@code into}. */
    public ClassQuestionsPage merge(String duplicate, String into) {
        WebElement topic = findAll(By.cssSelector(".rep-topic")).stream()
                .filter(t -> t.findElement(By.cssSelector(".rep-topic-body")).getText().strip().equals(duplicate))
                .findFirst().orElseThrow(() -> new AssertionError("no topic " + duplicate + " in " + topics()));
        Select select = new Select(topic.findElement(By.cssSelector(".merge-into")));
        select.getOptions().stream().filter(o -> into.startsWith(o.getText().replace("...", "").replace("…", "").strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no option for " + into)).click();
        submitAndWait(topic.findElement(By.cssSelector(".merge-submit")));
        return new ClassQuestionsPage(browser);
    }

    public ClassQuestionsPage submit() {
        submitAndWait(find(By.id("submit-class")));
        return new ClassQuestionsPage(browser);
    }

    public boolean submitted() {
        return isPresent(By.id("class-submitted"));
    }

    public String text() {
        return find(By.tagName("main")).getText();
    }
}
