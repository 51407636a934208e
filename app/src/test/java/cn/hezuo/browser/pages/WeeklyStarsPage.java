package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** 周评表 (/classes/{id}/evaluation/weekly/stars): a card per group with four star rows and a comment. */
public final class WeeklyStarsPage extends Page {

    public WeeklyStarsPage(Browser browser) {
        super(browser, By.id("stars-week"));
    }

    public static WeeklyStarsPage open(Browser browser, long classId, int week) {
        browser.go("/classes/" + classId + "/evaluation/weekly/stars?week=" + week);
        return new WeeklyStarsPage(browser);
    }

    /** Taps the n-th star of a criterion (studyPlan, answering, challenge, reflection) for a group — its label, as a finger would. */
    public WeeklyStarsPage tapStar(long groupId, String criterion, int stars) {
        Scroll.intoView(browser, find(By.cssSelector("label[for='stars-" + groupId + "-" + criterion + "-" + stars + "']"))).click();
        return this;
    }

    public boolean isChecked(long groupId, String criterion, int stars) {
        return find(By.id("stars-" + groupId + "-" + criterion + "-" + stars)).isSelected();
    }

    public WeeklyStarsPage comment(long groupId, String text) {
        type(By.id("stars-" + groupId + "-comment"), text);
        return this;
    }

    public WeeklyStarsPage save(long groupId) {
        submitAndWait(Scroll.intoView(browser, find(By.id("stars-save-" + groupId))));
        return new WeeklyStarsPage(browser);
    }

    public String notice() {
        return find(By.id("notice")).getText();
    }
}
