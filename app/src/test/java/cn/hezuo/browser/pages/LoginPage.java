package cn.hezuo.browser.pages;

import java.util.Optional;
import org.openqa.selenium.By;

/** The login form (/login) and the reasons it shows after a failed attempt. */
public final class LoginPage extends Page {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.id("login-submit");

    public LoginPage(Browser browser) {
        super(browser, SUBMIT);
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login");
        return new LoginPage(browser);
    }

    /**
     * Logs in and waits for the page the app sends the user to; fails if the login page comes back instead.
     * The caller states which page it expects by constructing it.
     */
    public void loginAs(String username, String password) {
        submit(username, password);
        if (path().equals("/login")) {
            throw new AssertionError("login as " + username + " failed: " + reason().orElse("no reason shown"));
        }
    }

    /** Submits the form expecting to be refused; returns the login page shown again, with its reason. */
    public LoginPage attemptLogin(String username, String password) {
        submit(username, password);
        return new LoginPage(browser);
    }

    public boolean showsWrongPassword() {
        return isPresent(By.id("login-error"));
    }

    /** The "locked until …" message, if shown. */
    public Optional<String> lockMessage() {
        return findAll(By.id("login-locked")).stream().findFirst().map(e -> e.getText().strip());
    }

    private Optional<String> reason() {
        return findAll(By.cssSelector("#login-error, #login-locked, #login-disabled")).stream()
                .findFirst().map(e -> e.getText().strip());
    }

    private void submit(String username, String password) {
        type(USERNAME, username);
        type(PASSWORD, password);
        submitAndWait(find(SUBMIT));
    }
}
