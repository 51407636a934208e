package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's teacher list (/admin/teachers). */
public final class AdminTeachersPage extends Page {

    public AdminTeachersPage(Browser browser) {
        super(browser, By.id("teachers"));
    }

    public static AdminTeachersPage open(Browser browser) {
        browser.go("/admin/teachers");
        return new AdminTeachersPage(browser);
    }

    public NewTeacherPage newTeacher() {
        submitAndWait(find(By.id("new-teacher")));
        return new NewTeacherPage(browser);
    }

    public List<String> usernames() {
        return findAll(By.cssSelector("#teachers tbody tr[data-username]")).stream()
                .map(row -> row.getAttribute("data-username")).toList();
    }
}
