package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** The admin's form for a new teacher with a login (/admin/teachers/new). */
public final class NewTeacherPage extends Page {

    public NewTeacherPage(Browser browser) {
        super(browser, By.id("teacher-form"));
    }

    /** Creates the teacher and their login; the app answers with the issued initial password, shown once. */
    public IssuedPasswordPage create(String name, String username) {
        type(By.id("name"), name);
        type(By.id("username"), username);
        submitAndWait(find(By.id("teacher-submit")));
        return new IssuedPasswordPage(browser);
    }
}
