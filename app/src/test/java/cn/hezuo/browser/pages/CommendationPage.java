package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A class's 每月表彰 page (/classes/{id}/commendation): the proposal with its numbers, the confirm form, the result. */
public final class CommendationPage extends Page {

    public CommendationPage(Browser browser) {
        super(browser, By.id("commendation-month"));
    }

    public static CommendationPage open(Browser browser, long classId, String month) {
        browser.go("/classes/" + classId + "/commendation?month=" + month);
        return new CommendationPage(browser);
    }

    /** Labels of the groups whose box is ticked (at first: the proposed ones). */
    public List<String> tickedGroups() {
        return findAll(By.cssSelector("tr.proposal-group")).stream()
                .filter(row -> row.findElement(By.cssSelector("input[type=checkbox]")).isSelected())
                .map(row -> row.findElement(By.cssSelector(".group-label")).getText().strip()).toList();
    }

    /** Names of the students whose box is ticked. */
    public List<String> tickedStudents() {
        return findAll(By.cssSelector("tr.proposal-student")).stream()
                .filter(row -> row.findElement(By.cssSelector("input[type=checkbox]")).isSelected())
                .map(row -> row.findElement(By.cssSelector(".student-name")).getText().strip()).toList();
    }

    /** The points shown for a student's row (teacher-only numbers). */
    public String studentPoints(long studentId) {
        return studentRow(studentId).findElements(By.tagName("td")).get(3).getText().strip();
    }

    public CommendationPage giveTitle(long studentId, String title) {
        WebElement field = studentRow(studentId).findElement(By.name("st_" + studentId));
        atCentre(field).clear();
        field.sendKeys(title);
        return this;
    }

    public CommendationPage confirm() {
        submitAndWait(atCentre(find(By.id("confirm-commendation"))));
        return new CommendationPage(browser);
    }

    public boolean showsConfirmed() {
        return isPresent(By.id("current-commendation"));
    }

    public String confirmedText() {
        return find(By.id("current-commendation")).getText();
    }

    public CertificatesPage openCertificates() {
        submitAndWait(atCentre(find(By.id("certificates-link"))));
        return new CertificatesPage(browser);
    }

    private WebElement studentRow(long studentId) {
        return find(By.cssSelector("tr.proposal-student[data-student-id='" + studentId + "']"));
    }

    /** The page is long (a row per student): jump, not smooth-scroll, so the click lands where the element is. */
    private WebElement atCentre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        return element;
    }
}
