package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The question collector's (学科组长's) page of their group's questions for one lesson. */
public final class GroupQuestionsPage extends Page {

    public GroupQuestionsPage(Browser browser) {
        super(browser, By.id("submit-group"));
    }

    public static GroupQuestionsPage open(Browser browser, long lessonId) {
        browser.go("/me/mutual-help/lessons/" + lessonId + "/group");
        return new GroupQuestionsPage(browser);
    }

    /** The wording of each group item (merged duplicates not counted), in page order. */
    public List<String> items() {
        return findAll(By.cssSelector(".group-item-body")).stream().map(e -> e.getText().strip()).toList();
    }

    /** Merges the item worded {@code duplicate} into the one worded {@code into}. */
    public GroupQuestionsPage merge(String duplicate, String into) {
        WebElement item = item(duplicate);
        Select select = new Select(item.findElement(By.cssSelector(".merge-into")));
        select.getOptions().stream().filter(o -> into.startsWith(o.getText().replace("...", "").replace("…", "").strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no option for " + into)).click();
        submitAndWait(item.findElement(By.cssSelector(".merge-submit")));
        return new GroupQuestionsPage(browser);
    }

    public GroupQuestionsPage markSolved(String wording, String how) {
        WebElement item = item(wording);
        item.findElement(By.cssSelector(".solved-how")).sendKeys(how);
        submitAndWait(item.findElement(By.cssSelector(".solved-submit")));
        return new GroupQuestionsPage(browser);
    }

    public GroupQuestionsPage submit() {
        submitAndWait(find(By.id("submit-group")));
        return new GroupQuestionsPage(browser);
    }

    public boolean submitted() {
        return isPresent(By.id("group-submitted"));
    }

    public boolean fitsTheWindowWidth() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    private WebElement item(String wording) {
        return findAll(By.cssSelector(".group-item")).stream()
                .filter(i -> i.findElement(By.cssSelector(".group-item-body")).getText().strip().equals(wording))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + wording + " in " + items()));
    }
}
