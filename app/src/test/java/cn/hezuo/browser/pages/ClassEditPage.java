package cn.hezuo.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The admin's form for one class (/admin/classes/{id}/edit): name, grade, head teacher. */
public final class ClassEditPage extends Page {

    public ClassEditPage(Browser browser) {
        super(browser, By.id("class-edit-form"));
    }

    /** Makes the teacher (by name, as listed) the class's head teacher and saves; returns the class list. */
    public AdminClassesPage makeHeadTeacher(String teacherName) {
        new Select(find(By.id("headTeacherId"))).selectByVisibleText(teacherName);
        submitAndWait(find(By.id("class-save")));
        return new AdminClassesPage(browser);
    }
}
