package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The exams a teacher may see (/exams), each with its report link and, where allowed, an import button. */
public final class ExamListPage extends Page {

    public ExamListPage(Browser browser) {
        super(browser, By.cssSelector("#exams, #no-exams"));
    }

    public static ExamListPage open(Browser browser) {
        browser.go("/exams");
        return new ExamListPage(browser);
    }

    public List<String> examNames() {
        return findAll(By.cssSelector("#exams tr.exam-row")).stream().map(r -> r.getAttribute("data-exam-name")).toList();
    }

    public ScoreImportPage openImport(String examName) {
        submitAndWait(row(examName).findElement(By.cssSelector("a.import-link")));
        return new ScoreImportPage(browser);
    }

    public ExamReportPage openReport(String examName) {
        submitAndWait(row(examName).findElement(By.cssSelector("a.exam-link")));
        return new ExamReportPage(browser);
    }

    private WebElement row(String examName) {
        return findAll(By.cssSelector("#exams tr.exam-row")).stream()
                .filter(r -> examName.equals(r.getAttribute("data-exam-name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no exam " + examName + " in " + examNames()));
    }
}
