package cn.hezuo.browser.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What an uploaded roster would do (/classes/{id}/import/{upload}): problems by row and column, or a confirm button. */
public final class ImportPreviewPage extends Page {

    private static final By CONFIRM = By.id("import-confirm");

    /** One problem as listed: the spreadsheet row number, the column as named in the file, the message. */
    public record Problem(int row, String column, String text) {
    }

    public ImportPreviewPage(Browser browser) {
        super(browser, By.id("preview-rows"));
    }

    public List<Problem> problems() {
        return findAll(By.cssSelector("#import-problems .import-problem")).stream()
                .map(p -> new Problem(Integer.parseInt(p.getAttribute("data-row")), p.getAttribute("data-column"),
                        p.getText().strip()))
                .toList();
    }

    /** The row numbers that have a problem, in the order listed. */
    public List<Integer> problemRows() {
        return problems().stream().map(Problem::row).toList();
    }

    public boolean canConfirm() {
        return isPresent(CONFIRM);
    }

    /** How many students the file would add, as the summary says. */
    public int newStudentCount() {
        Matcher number = Pattern.compile("\\d+").matcher(find(By.id("count-create")).getText());
        if (!number.find()) {
            throw new AssertionError("no count in " + find(By.id("count-create")).getText());
        }
        return Integer.parseInt(number.group());
    }

    /** The names as the preview table shows them, in file order. */
    public List<String> previewNames() {
        return nameCells().stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Elements inside the name cells: 0 when every name is shown as text, whatever characters it holds. */
    public int elementsInsideNames() {
        return elementsInside(nameCells());
    }

    /** Elements inside the problem messages: 0 when cell values quoted in them are shown as text. */
    public int elementsInsideProblems() {
        return elementsInside(findAll(By.cssSelector("#import-problems .import-problem")));
    }

    private List<WebElement> nameCells() {
        return findAll(By.cssSelector("#preview-rows tbody tr.preview-row td[data-field='name']"));
    }

    /** Confirms the import (all rows or nothing) and returns the class page the app shows next. */
    public ClassRosterPage confirm() {
        submitAndWait(find(CONFIRM));
        return new ClassRosterPage(browser);
    }
}
