package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** The group panel of a student's home page (/me): group, member number, role this week, goals. */
public final class MyGroupLifePanel extends Page {

    public MyGroupLifePanel(Browser browser) {
        super(browser, By.id("my-group"));
    }

    public static MyGroupLifePanel open(Browser browser) {
        browser.go("/me");
        return new MyGroupLifePanel(browser);
    }

    public String text() {
        return find(By.id("my-group")).getText();
    }

    public String memberNumberLine() {
        return find(By.id("my-member-no")).getText();
    }

    public String role() {
        return find(By.id("my-role")).getText();
    }

    public String goals() {
        return find(By.id("my-goals")).getText();
    }

    public void openGroupPage() {
        submitAndWait(Scroll.intoView(browser, find(By.id("open-my-group"))));
        new Page(browser, By.id("group-members")) {
        };
    }
}
