package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A teacher's 前测/后测 comparison (/surveys/{id}/prepost): one table per question with 比差 and a sentence. */
public final class PrePostPage extends Page {

    /** One option row as shown: the option and its texts in the 前测, 后测 and 比差 columns. */
    public record Row(String option, String pre, String post, String difference) {
    }

    public PrePostPage(Browser browser) {
        super(browser, By.cssSelector(".prepost-question"));
    }

    public static PrePostPage open(Browser browser, long postSurveyId) {
        browser.go("/surveys/" + postSurveyId + "/prepost");
        return new PrePostPage(browser);
    }

    public int questionCount() {
        return findAll(By.cssSelector(".prepost-question")).size();
    }

    public List<String> headers(int question) {
        return section(question).findElements(By.cssSelector(".prepost-table thead th")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    public List<Row> rows(int question) {
        return section(question).findElements(By.cssSelector(".prepost-table tbody tr")).stream()
                .map(tr -> new Row(tr.findElement(By.tagName("th")).getText().strip(),
                        tr.findElement(By.className("pre")).getText().strip(),
                        tr.findElement(By.className("post")).getText().strip(),
                        tr.findElement(By.className("difference")).getText().strip()))
                .toList();
    }

    public String sentence(int question) {
        return section(question).findElement(By.className("sentence")).getText().strip();
    }

    private WebElement section(int question) {
        return findAll(By.cssSelector(".prepost-question")).get(question);
    }
}
