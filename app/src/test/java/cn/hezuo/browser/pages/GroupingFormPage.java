package cn.hezuo.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** 分组 form of a class (/classes/{id}/groups/new). */
public final class GroupingFormPage extends Page {

    public GroupingFormPage(Browser browser) {
        super(browser, By.id("grouping-form"));
    }

    public static GroupingFormPage open(Browser browser, long classId) {
        browser.go("/classes/" + classId + "/groups/new");
        return new GroupingFormPage(browser);
    }

    /** Adds a keep-apart pair with the pair picker, as a teacher does. */
    public GroupingFormPage keepApart(long studentA, long studentB) {
        By picker = By.cssSelector(".pair-picker[data-pair-kind='apart']");
        new Select(find(picker).findElement(By.className("pair-a"))).selectByValue(String.valueOf(studentA));
        new Select(find(picker).findElement(By.className("pair-b"))).selectByValue(String.valueOf(studentB));
        Scroll.intoView(browser, find(picker).findElement(By.className("pair-add"))).click();
        wait.until(d -> !findAll(By.cssSelector(".pair-list[data-pair-kind='apart'] li")).isEmpty());
        return this;
    }

    public GroupPlanPage run() {
        submitAndWait(Scroll.intoView(browser, find(By.id("run-grouping"))));
        return new GroupPlanPage(browser);
    }
}
