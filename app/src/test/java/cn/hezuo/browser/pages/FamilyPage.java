package cn.hezuo.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A parent's landing page (/family): the chosen child, their points, the class notices. */
public final class FamilyPage extends Page {

    public FamilyPage(Browser browser) {
        super(browser, By.id("family-child"));
    }

    public String childName() {
        return find(By.id("family-child-name")).getText().strip();
    }

    public long termTotal() {
        return Long.parseLong(find(By.id("my-term-total")).getText().strip());
    }

    /** Waits until ECharts has drawn the weekly chart (a canvas inside its container). */
    public boolean chartDrawn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#my-week-chart canvas")));
        return true;
    }

    public String noticesText() {
        return find(By.id("class-notices")).getText();
    }

    /** The page is no wider than the window (nothing to scroll sideways on a phone). */
    public boolean fitsTheWidth() {
        Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    public FamilySummaryPage openSummary() {
        submitAndWait(Scroll.intoView(browser, find(By.id("family-summary-link"))));
        return new FamilySummaryPage(browser);
    }

    /** A printable weekly summary of one child. */
    public static final class FamilySummaryPage extends Page {

        FamilySummaryPage(Browser browser) {
            super(browser, By.id("family-summary"));
        }

        public String text() {
            return find(By.id("family-summary")).getText();
        }

        public boolean hasPrintButton() {
            return isPresent(By.id("family-print"));
        }

        /** The band of the grade shown for each exam in the summary (年级前 25% …), newest exam first. */
        public java.util.List<String> examBands() {
            return browser.driver().findElements(By.cssSelector("#summary-exams .rank-band")).stream()
                    .map(e -> e.getText().strip()).toList();
        }

        /** The page is no wider than the window (nothing to scroll sideways on a phone). */
        public boolean fitsTheWidth() {
            Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
            return Boolean.TRUE.equals(fits);
        }
    }
}
