package cn.hezuo.browser.pages;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A class page (/classes/{id}): the roster, its two sort orders, import and export. */
public final class ClassRosterPage extends Page {

    private static final By ROWS = By.cssSelector("#roster tbody tr.roster-row");

    public ClassRosterPage(Browser browser) {
        super(browser, By.id("roster"));
    }

    public static ClassRosterPage open(Browser browser, long classId) {
        browser.go("/classes/" + classId);
        return new ClassRosterPage(browser);
    }

    public String className() {
        return find(By.id("class-name")).getText().strip();
    }

    /** The id in the page's address, e.g. 7 for /classes/7. */
    public long classId() {
        return Long.parseLong(path().replaceFirst("^/classes/(\\d+).*$", "$1"));
    }

    public List<String> studentNamesInOrder() {
        return findAll(By.cssSelector("#roster tbody tr.roster-row .student-name")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public List<String> studentNumbersInOrder() {
        return findAll(ROWS).stream().map(row -> row.getAttribute("data-student-no")).toList();
    }

    public int studentCount() {
        return findAll(ROWS).size();
    }

    /** Elements inside the name cells: 0 when every name is shown as text, whatever characters it holds. */
    public int elementsInsideNames() {
        return elementsInside(findAll(By.cssSelector("#roster tbody tr.roster-row .student-name")));
    }

    public ClassRosterPage sortByName() {
        submitAndWait(find(By.id("sort-by-name")));
        return new ClassRosterPage(browser);
    }

    public ClassRosterPage sortByStudentNo() {
        submitAndWait(find(By.id("sort-by-no")));
        return new ClassRosterPage(browser);
    }

    public RosterImportPage startImport() {
        submitAndWait(find(By.id("import-roster")));
        return new RosterImportPage(browser);
    }

    /** Clicks export; the browser saves the .xlsx to its download directory and stays on this page. */
    public void export() {
        find(By.id("export-roster")).click();
    }

    public Optional<String> notice() {
        return findAll(By.id("notice")).stream().findFirst().map(e -> e.getText().strip());
    }

    /** Follows the class's 学习互助 button. */
    public ClassMutualHelpPage openMutualHelp() {
        submitAndWait(find(By.id("class-mutual-help")));
        return new ClassMutualHelpPage(browser);
    }
}
