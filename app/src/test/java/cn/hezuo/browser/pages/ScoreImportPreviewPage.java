package cn.hezuo.browser.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** What an uploaded score file would store (/exams/{id}/import/{upload}): counts, problems, a confirm button. */
public final class ScoreImportPreviewPage extends Page {

    private static final By CONFIRM = By.id("score-import-confirm");

    public ScoreImportPreviewPage(Browser browser) {
        super(browser, By.id("score-preview-rows"));
    }

    public int presentCount() {
        return number(By.id("count-present"));
    }

    public int absentCount() {
        return number(By.id("count-absent"));
    }

    /** The problems as listed, e.g. "第3行「2」列：…". */
    public List<String> problems() {
        return findAll(By.cssSelector("#import-problems .import-problem")).stream().map(p -> p.getText().strip()).toList();
    }

    public boolean canConfirm() {
        return isPresent(CONFIRM);
    }

    /** Confirms (all rows or nothing) and returns the exam's report, where the app goes next. */
    public ExamReportPage confirm() {
        submitAndWait(find(CONFIRM));
        return new ExamReportPage(browser);
    }

    private int number(By by) {
        Matcher number = Pattern.compile("\\d+").matcher(find(by).getText());
        if (!number.find()) {
            throw new AssertionError("no count in " + find(by).getText());
        }
        return Integer.parseInt(number.group());
    }
}
