package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student's own results (/me/exams): totals, a rank band, item points — never a rank. */
public final class MyExamsPage extends Page {

    public MyExamsPage(Browser browser) {
        super(browser, By.cssSelector("#no-exams, .my-exam"));
    }

    public static MyExamsPage open(Browser browser) {
        browser.go("/me/exams");
        return new MyExamsPage(browser);
    }

    public List<String> examNames() {
        return findAll(By.cssSelector(".my-exam")).stream().map(e -> e.getAttribute("data-exam-name")).toList();
    }

    public String total(String examName) {
        return exam(examName).findElement(By.cssSelector(".my-total")).getText().strip();
    }

    public String band(String examName) {
        return exam(examName).findElement(By.cssSelector(".rank-band")).getText().strip();
    }

    public String mainText() {
        return find(By.tagName("main")).getText();
    }

    private WebElement exam(String examName) {
        return findAll(By.cssSelector(".my-exam")).stream().filter(e -> examName.equals(e.getAttribute("data-exam-name")))
                .findFirst().orElseThrow(() -> new AssertionError("no exam " + examName + " in " + examNames()));
    }
}
