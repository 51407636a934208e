package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 课堂评价 board (classroom or phone mode): group cards with member chips, item buttons, undo. */
public final class EvaluationBoardPage extends Page {

    private static final By CARDS = By.cssSelector("#eval-groups .eval-card");

    public EvaluationBoardPage(Browser browser) {
        super(browser, By.id("eval-board"));
    }

    public static EvaluationBoardPage open(Browser browser, long classId) {
        browser.go("/classes/" + classId + "/evaluation");
        return new EvaluationBoardPage(browser);
    }

    public int groupCount() {
        return findAll(CARDS).size();
    }

    /** The group's total as the board holds it (the digits may still be counting up to it). */
    public int groupTotal(int index) {
        WebElement total = card(index).findElement(By.cssSelector(".eval-group-total"));
        String value = total.getAttribute("data-value");
        return Integer.parseInt(value != null && !value.isBlank() ? value : total.getText().trim());
    }

    public EvaluationBoardPage tapGroup(int index) {
        card(index).findElement(By.cssSelector(".eval-group")).click();
        return this;
    }

    public EvaluationBoardPage tapMember(int groupIndex, int memberIndex) {
        card(groupIndex).findElements(By.cssSelector(".eval-member")).get(memberIndex).click();
        return this;
    }

    /** Taps the item button with this name and waits until the server answered (the undo button shows). */
    public EvaluationBoardPage tapItem(String name) {
        WebElement item = findAll(By.cssSelector("#eval-items .eval-item")).stream()
                .filter(b -> name.equals(b.findElement(By.cssSelector(".name")).getText().trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + name));
        item.click();
        waitUntilSettled();
        return this;
    }

    public boolean undoShown() {
        return find(By.id("eval-undo")).isDisplayed();
    }

    public EvaluationBoardPage undo() {
        find(By.id("eval-undo")).click();
        waitUntilSettled();
        return this;
    }

    public String status() {
        return find(By.id("eval-status")).getText();
    }

    /** Whether any text on the board reads like a tier label (优/中/待提高) — it never may. */
    public String boardText() {
        return find(By.id("eval-board")).getText();
    }

    public EvaluationBoardPage reload() {
        browser.driver().navigate().refresh();
        return new EvaluationBoardPage(browser);
    }

    private void waitUntilSettled() {
        wait.until(driver -> "0".equals(find(By.id("eval-board")).getAttribute("data-pending")));
    }

    private WebElement card(int index) {
        List<WebElement> cards = findAll(CARDS);
        return cards.get(index);
    }
}
