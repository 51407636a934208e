package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects of research projects (课题, issue 17), one nested class per page. */
public final class ProjectPages {

    private ProjectPages() {
    }

    /** The list (/projects), reached from the teacher's home. */
    public static final class ProjectList extends Page {

        public ProjectList(Browser browser) {
            super(browser, By.id("new-project"));
        }

        public static ProjectList fromTeacherHome(Browser browser) {
            browser.go("/teacher");
            Home home = new Home(browser);
            home.openProjects();
            return new ProjectList(browser);
        }

        public Project open(String title) {
            WebElement link = findAll(By.cssSelector("#projects a")).stream()
                    .filter(a -> a.getText().strip().equals(title)).findFirst().orElseThrow();
            submitAndWait(link);
            return new Project(browser);
        }

        private static final class Home extends Page {
            Home(Browser browser) {
                super(browser, By.id("projects-link"));
            }

            void openProjects() {
                submitAndWait(find(By.id("projects-link")));
            }
        }
    }

    /** One project (/projects/{id}). */
    public static final class Project extends Page {

        public Project(Browser browser) {
            super(browser, By.id("project-title"));
        }

        public String title() {
            return find(By.id("project-title")).getText().strip();
        }

        public int milestoneCount() {
            return findAll(By.cssSelector("#milestones tbody tr")).size();
        }

        public Evidence openEvidence() {
            submitAndWait(find(By.id("evidence-link")));
            return new Evidence(browser);
        }

        public Report openReport() {
            submitAndWait(find(By.id("report-link")));
            return new Report(browser);
        }
    }

    /** The evidence page (/projects/{id}/evidence). */
    public static final class Evidence extends Page {

        public Evidence(Browser browser) {
            super(browser, By.id("evidence-surveys"));
        }

        /** The header cells of the first survey question's 前测/后测 table. */
        public List<String> firstSurveyHeaders() {
            return find(By.cssSelector("#evidence-surveys .prepost-table")).findElements(By.cssSelector("thead th"))
                    .stream().map(e -> e.getText().strip()).toList();
        }

        public int surveyQuestionCount() {
            return findAll(By.cssSelector("#evidence-surveys .evidence-question")).size();
        }

        public int examTables() {
            return findAll(By.cssSelector("#evidence-exams .exam-table")).size();
        }

        public String lessonsText() {
            return find(By.id("evidence-lessons")).getText();
        }
    }

    /** The report draft (/projects/{id}/report). */
    public static final class Report extends Page {

        public Report(Browser browser) {
            super(browser, By.id("report-draft"));
        }

        public Report saveMethod(String text) {
            WebElement area = find(By.id("methodText"));
            area.clear();
            area.sendKeys(text);
            submitAndWait(find(By.id("save-report")));
            return new Report(browser);
        }

        public int tableCount() {
            return findAll(By.cssSelector("#report-draft .report-table")).size();
        }

        /** Starts the .docx download (the page stays). */
        public void exportDocx() {
            find(By.id("report-docx")).click();
        }
    }
}
