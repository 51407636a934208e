package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Changing one's own password (/account/password); forced after logging in with an issued password. */
public final class ChangePasswordPage extends Page {

    private static final By FORM = By.id("password-form");

    public ChangePasswordPage(Browser browser) {
        super(browser, FORM);
    }

    /** Whether the page says the password must be changed before anything else. */
    public boolean isForced() {
        return isPresent(By.id("must-change"));
    }

    /** Saves a new password and waits for the start page the app redirects to; fails if the form is shown again. */
    public void changePassword(String currentPassword, String newPassword) {
        type(By.id("currentPassword"), currentPassword);
        type(By.id("newPassword"), newPassword);
        type(By.id("confirmPassword"), newPassword);
        submitAndWait(find(By.id("password-submit")));
        if (isPresent(FORM)) {
            throw new AssertionError("password not changed: " + errors());
        }
    }

    public List<String> errors() {
        return findAll(By.cssSelector("#password-form .invalid-feedback")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }
}
