package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A teacher's start page (/teacher): a card per class they lead or teach. */
public final class TeacherHomePage extends Page {

    private static final By CARDS = By.cssSelector("#class-cards a[data-class-name]");

    public TeacherHomePage(Browser browser) {
        super(browser, By.id("class-cards"));
        // The research panel above the cards arrives by htmx after the page and pushes the cards down: a card clicked
        // before it lands is hit at its old place (MutualHelpPipelineIT once clicked below the window).
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#teacher-research #research-panel")));
    }

    public static TeacherHomePage open(Browser browser) {
        browser.go("/teacher");
        return new TeacherHomePage(browser);
    }

    public List<String> classNames() {
        return findAll(CARDS).stream().map(card -> card.getAttribute("data-class-name")).toList();
    }

    public ClassRosterPage openClass(String className) {
        WebElement card = findAll(CARDS).stream().filter(c -> className.equals(c.getAttribute("data-class-name")))
                .findFirst().orElseThrow(() -> new AssertionError("no card for " + className + " in " + classNames()));
        submitAndWait(card);
        return new ClassRosterPage(browser);
    }

    /** Follows the 互助答疑 button of a class card. */
    public ClassBoardPage openBoard(long classId) {
        // The button sits below the research cards, at the window's edge: follow its link rather than race the scroll.
        String href = find(By.cssSelector(".class-board[data-class-id='" + classId + "']")).getAttribute("href");
        browser.driver().navigate().to(href);
        return new ClassBoardPage(browser);
    }
}
