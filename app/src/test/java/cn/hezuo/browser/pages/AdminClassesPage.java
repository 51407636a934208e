package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's class list (/admin/classes) with the form for a new class. */
public final class AdminClassesPage extends Page {

    private static final By ROWS = By.cssSelector("#classes tbody tr[data-class-id]");

    public AdminClassesPage(Browser browser) {
        super(browser, By.id("class-form"));
    }

    public static AdminClassesPage open(Browser browser) {
        browser.go("/admin/classes");
        return new AdminClassesPage(browser);
    }

    /** Adds a class to a grade, without a head teacher yet; returns the refreshed list. */
    public AdminClassesPage createClass(String gradeName, String className) {
        new Select(find(By.id("gradeId"))).selectByVisibleText(gradeName);
        type(By.id("name"), className);
        submitAndWait(find(By.id("class-submit")));
        return new AdminClassesPage(browser);
    }

    public List<String> classNames() {
        return findAll(ROWS).stream().map(row -> row.getAttribute("data-class-name")).toList();
    }

    public long classIdOf(String className) {
        return Long.parseLong(row(className).getAttribute("data-class-id"));
    }

    public String headTeacherOf(String className) {
        return row(className).findElement(By.cssSelector("[data-head-teacher]")).getText().strip();
    }

    public ClassEditPage edit(String className) {
        submitAndWait(row(className).findElement(By.cssSelector("a[data-edit-class]")));
        return new ClassEditPage(browser);
    }

    private WebElement row(String className) {
        return findAll(ROWS).stream().filter(row -> className.equals(row.getAttribute("data-class-name")))
                .findFirst().orElseThrow(() -> new AssertionError("no class " + className + " in " + classNames()));
    }
}
