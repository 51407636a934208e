package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Page objects of 磨课 (lesson study, issue 15), one nested class per page. */
public final class LessonStudyPages {

    private LessonStudyPages() {
    }

    /** The overdue lesson-study steps on the teacher's home page (the research panel), as link texts. */
    public static List<String> overdueOnTeacherHome(Browser browser) {
        TeacherHomePage home = TeacherHomePage.open(browser);
        home.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("research-panel")));
        return browser.driver().findElements(By.cssSelector("#overdue-steps .overdue-step a")).stream()
                .map(WebElement::getText).toList();
    }

    /** The list of cases (/research/cases), reached from the research home. */
    public static final class Cases extends Page {

        public Cases(Browser browser) {
            super(browser, By.id("case-list"));
        }

        public static Cases fromResearchHome(Browser browser) {
            ResearchPages.Home home = ResearchPages.Home.fromNavigation(browser);
            home.submitAndWait(browser.driver().findElement(By.id("lesson-study-link")));
            return new Cases(browser);
        }

        public CasePage open(String topic) {
            WebElement link = findAll(By.cssSelector("#case-list a.case-link")).stream()
                    .filter(a -> topic.equals(a.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no case " + topic));
            submitAndWait(link);
            return new CasePage(browser);
        }
    }

    /** One case (/research/cases/{id}). */
    public static final class CasePage extends Page {

        public CasePage(Browser browser) {
            super(browser, By.id("steps"));
        }

        public List<String> draftNames() {
            return findAll(By.cssSelector("#draft-list a.draft-link")).stream().map(WebElement::getText).toList();
        }

        public long doneSteps() {
            return findAll(By.cssSelector(".step-row[data-status='DONE']")).size();
        }

        /** Opens the step's work form, sets its status and saves it by htmx; waits for the steps section to say so. */
        public CasePage setStepStatus(int index, String status) {
            WebElement row = findAll(By.cssSelector(".step-row")).get(index);
            String id = row.getAttribute("id");
            row.findElement(By.cssSelector("details > summary")).click();
            new Select(row.findElement(By.cssSelector("select.step-status"))).selectByValue(status);
            row.findElement(By.cssSelector("button.step-save")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#steps .section-saved")).isEmpty()
                    && status.equals(d.findElement(By.id(id)).getAttribute("data-status")));
            return this;
        }

        public String stepStatus(int index) {
            return findAll(By.cssSelector(".step-row")).get(index).getAttribute("data-status");
        }

        public Diff compare() {
            submitAndWait(find(By.id("compare-link")));
            return new Diff(browser);
        }
    }

    /** The side-by-side diff of two drafts (/research/cases/{id}/diff). */
    public static final class Diff extends Page {

        public Diff(Browser browser) {
            super(browser, By.id("diff-form"));
        }

        public Diff compare(String from, String to) {
            new Select(find(By.id("diff-from"))).selectByVisibleText(from);
            new Select(find(By.id("diff-to"))).selectByVisibleText(to);
            submitAndWait(find(By.id("diff-compare")));
            return new Diff(browser);
        }

        public String leftTitle() {
            return find(By.id("diff-left-title")).getText();
        }

        public String rightTitle() {
            return find(By.id("diff-right-title")).getText();
        }

        public String summary() {
            return find(By.id("diff-summary")).getText();
        }

        public int changedRows() {
            return findAll(By.cssSelector("#diff-table tr[data-type='CHANGED']")).size();
        }

        public List<String> deleted() {
            return findAll(By.cssSelector("#diff-table .diff-del")).stream().map(WebElement::getText).toList();
        }

        public List<String> inserted() {
            return findAll(By.cssSelector("#diff-table .diff-ins")).stream().map(WebElement::getText).toList();
        }
    }
}
