package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** 座位表 of a class: generate from the active plan, then open the print view. */
public final class SeatingPage extends Page {

    public SeatingPage(Browser browser) {
        super(browser, By.cssSelector("#seating-form, #seating-room, #no-seating"));
    }

    public SeatingPage generate() {
        submitAndWait(Scroll.intoView(browser, find(By.id("generate-seating"))));
        return new SeatingPage(browser);
    }

    public int seatedStudents() {
        return findAll(By.cssSelector("#seating-room .desk-taken")).size();
    }

    public SeatingPrintPage openPrintView() {
        submitAndWait(Scroll.intoView(browser, find(By.id("seating-print"))));
        return new SeatingPrintPage(browser);
    }
}
