package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The print view of a seating chart (A4 landscape, large names). */
public final class SeatingPrintPage extends Page {

    public SeatingPrintPage(Browser browser) {
        super(browser, By.cssSelector("body.seating-print #seating-room"));
    }

    public List<String> names() {
        return findAll(By.cssSelector(".desk-taken .desk-name")).stream().map(WebElement::getText).toList();
    }

    /** The page size the print stylesheet asks for (the @page rule). */
    public String printPageSize() {
        return (String) browser.script("for (const sheet of document.styleSheets) { for (const rule of sheet.cssRules) {"
                + " if (rule.type === CSSRule.PAGE_RULE) { return rule.style.getPropertyValue('size'); } } } return '';");
    }

    /** Font size of a name when printed, in CSS pixels (print media emulated by the stylesheet's own rule). */
    public String screenNameFontSize() {
        return (String) browser.script("return getComputedStyle(document.querySelector('.desk-name')).fontSize;");
    }
}
