package cn.hezuo.browser.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Page objects of teaching research (教研, issue 14), one nested class per page. */
public final class ResearchPages {

    private ResearchPages() {
    }

    /** Sets a date input the way a date picker does (typing into it depends on the browser's locale). */
    static void setDate(Browser browser, String id, LocalDate date) {
        browser.script("document.getElementById('" + id + "').value = '" + date + "';");
    }

    /** The admin's research groups (/admin/research), reached from the navigation bar. */
    public static final class AdminGroups extends Page {

        public AdminGroups(Browser browser) {
            super(browser, By.id("group-form"));
        }

        public static AdminGroups fromNavigation(Browser browser) {
            browser.go("/admin");
            WebElement link = browser.driver().findElement(By.id("nav-research-admin"));
            new AdminGroups.Nav(browser).click(link);
            return new AdminGroups(browser);
        }

        /** Creates a 教研组 of the subject with the leader; lands on the group's page. */
        public Group create(String name, String subject, String leader) {
            type(By.id("name"), name);
            new Select(find(By.id("subjectId"))).selectByVisibleText(subject);
            new Select(find(By.id("leaderId"))).selectByVisibleText(leader);
            submitAndWait(find(By.id("group-submit")));
            return new Group(browser);
        }

        private static final class Nav extends Page {
            Nav(Browser browser) {
                super(browser, By.tagName("nav"));
            }

            void click(WebElement link) {
                submitAndWait(link);
            }
        }
    }

    /** A group's page (/research/groups/{id}). */
    public static final class Group extends Page {

        public Group(Browser browser) {
            super(browser, By.id("group-name"));
        }

        public String name() {
            return find(By.id("group-name")).getText();
        }

        public Group addMember(String teacherName) {
            new Select(find(By.id("member-teacher"))).selectByVisibleText(teacherName);
            submitAndWait(find(By.cssSelector("#member-form button")));
            return new Group(browser);
        }

        public List<String> memberNames() {
            return findAll(By.cssSelector("#members tr[data-teacher-id] td:first-child > :first-child")).stream()
                    .map(WebElement::getText).toList();
        }

        public Plan openPlan() {
            submitAndWait(find(By.id("plan-link")));
            return new Plan(browser);
        }

        public Summary openSummary() {
            submitAndWait(find(By.id("summary-link")));
            return new Summary(browser);
        }
    }

    /** The research start page (/research), reached from the teacher's navigation bar. */
    public static final class Home extends Page {

        public Home(Browser browser) {
            super(browser, By.id("my-groups"));
        }

        public static Home fromNavigation(Browser browser) {
            TeacherHomePage home = TeacherHomePage.open(browser);
            home.submitAndWait(browser.driver().findElement(By.id("nav-research")));
            return new Home(browser);
        }

        public Group openGroup(String name) {
            WebElement link = findAll(By.cssSelector("#my-groups a[data-group-name]")).stream()
                    .filter(a -> name.equals(a.getAttribute("data-group-name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no group " + name));
            submitAndWait(link);
            return new Group(browser);
        }

        public ListenRecords openListening() {
            submitAndWait(find(By.id("my-listening-link")));
            return new ListenRecords(browser);
        }
    }

    /** A group's plan and calendar (/research/groups/{id}/plan). */
    public static final class Plan extends Page {

        public Plan(Browser browser) {
            super(browser, By.id("plan-status"));
        }

        public Plan savePlan(String theme, String goals) {
            type(By.id("theme"), theme);
            type(By.id("goals"), goals);
            submitAndWait(find(By.id("plan-save")));
            return new Plan(browser);
        }

        public Plan addActivity(LocalDate date, String kindLabel, String host, String topic) {
            setDate(browser, "date", date);
            new Select(find(By.id("kind"))).selectByVisibleText(kindLabel);
            new Select(find(By.id("hostId"))).selectByVisibleText(host);
            type(By.id("topic"), topic);
            submitAndWait(find(By.id("activity-submit")));
            return new Plan(browser);
        }

        public Plan publish() {
            submitAndWait(find(By.id("plan-publish")));
            return new Plan(browser);
        }

        public boolean published() {
            return isPresent(By.id("plan-published"));
        }

        public List<String> activityTopics() {
            return findAll(By.cssSelector("#activities .activity-row td:last-child a")).stream()
                    .map(WebElement::getText).toList();
        }

        public String dateError() {
            return findAll(By.id("date-error")).stream().map(WebElement::getText).findFirst().orElse("");
        }
    }

    /** A teacher's listen-class records (/research/listening). */
    public static final class ListenRecords extends Page {

        public ListenRecords(Browser browser) {
            super(browser, By.id("my-standing"));
        }

        /** On a phone the navigation bar is folded away: the teacher taps the count on their home page instead. */
        public static ListenRecords fromTeacherHome(Browser browser) {
            TeacherHomePage home = TeacherHomePage.open(browser);
            home.wait.until(ExpectedConditions.elementToBeClickable(By.id("home-listen-count")));
            home.submitAndWait(browser.driver().findElement(By.id("home-listen-count")));
            return new ListenRecords(browser);
        }

        public static ListenRecords open(Browser browser) {
            browser.go("/research/listening");
            return new ListenRecords(browser);
        }

        public int count() {
            return Integer.parseInt(find(By.id("my-count")).getText().trim());
        }

        public ListenForm recordALesson() {
            submitAndWait(find(By.id("new-listen")));
            return new ListenForm(browser);
        }
    }

    /** The phone form for one observed lesson (/research/listening/new). */
    public static final class ListenForm extends Page {

        public ListenForm(Browser browser) {
            super(browser, By.id("listen-form"));
        }

        public ListenForm fill(LocalDate date, int period, String className, String subject, String topic) {
            setDate(browser, "lessonDate", date);
            new Select(find(By.id("period"))).selectByValue(String.valueOf(period));
            new Select(find(By.id("classId"))).selectByVisibleText(className);
            new Select(find(By.id("subjectId"))).selectByVisibleText(subject);
            type(By.id("topic"), topic);
            type(By.id("strengths"), "问题设计有梯度");
            return this;
        }

        /** Saves; a valid record lands on the list, a refused one stays on the form. */
        public ListenRecords save() {
            submitAndWait(find(By.id("listen-submit")));
            return new ListenRecords(browser);
        }

        public ListenForm saveExpectingError() {
            submitAndWait(find(By.id("listen-submit")));
            return new ListenForm(browser);
        }

        public String periodError() {
            return findAll(By.id("period-error")).stream().map(WebElement::getText).findFirst().orElse("");
        }

        /** Whether the save button fits in a phone-wide window (no horizontal scrolling needed). */
        public boolean fitsWidth() {
            Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
            return Boolean.FALSE.equals(overflow);
        }
    }

    /** The leader's summary (/research/groups/{id}/summary). */
    public static final class Summary extends Page {

        public Summary(Browser browser) {
            super(browser, By.id("summary-facts"));
        }

        public List<String> facts() {
            return findAll(By.cssSelector("#summary-facts .summary-fact")).stream().map(WebElement::getText).toList();
        }

        public void downloadDocx() {
            WebElement link = find(By.id("summary-docx"));
            Scroll.intoView(browser, link);
            link.click();
        }
    }

    /** The teacher's start page with the research panel loaded by htmx. */
    public static List<String> upcomingOnTeacherHome(Browser browser) {
        TeacherHomePage home = TeacherHomePage.open(browser);
        home.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upcoming-activities")));
        return browser.driver().findElements(By.cssSelector("#upcoming-activities .upcoming-activity a")).stream()
                .map(WebElement::getText).toList();
    }
}
