package cn.hezuo.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 周评 (/classes/{id}/evaluation/weekly?week=n): points by day and item, and the 周评表 stars. */
public final class WeeklyReportPage extends Page {

    public WeeklyReportPage(Browser browser) {
        super(browser, By.id("weekly-days"));
    }

    public static WeeklyReportPage open(Browser browser, long classId, int week) {
        browser.go("/classes/" + classId + "/evaluation/weekly?week=" + week);
        return new WeeklyReportPage(browser);
    }

    /** The stars shown for a group and criterion, e.g. "★★★★☆". */
    public String stars(int groupNumber, String criterion) {
        return starsRow(groupNumber).findElement(By.cssSelector("td[data-criterion=" + criterion + "]")).getText().trim();
    }

    public String starsRowText(int groupNumber) {
        return starsRow(groupNumber).getText();
    }

    public boolean hasExportLink() {
        return isPresent(By.id("weekly-export"));
    }

    private WebElement starsRow(int groupNumber) {
        return find(By.cssSelector("#weekly-stars tr[data-group-number='" + groupNumber + "']"));
    }
}
