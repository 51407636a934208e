package cn.hezuo.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any tab of an exam's report (/exams/{id}, /item-analysis, /knowledge-points, /experiment …): the shared header and
 * tabs, plus what each tab shows. Charts count as drawn once ECharts has put a canvas into their box.
 */
public final class ExamReportPage extends Page {

    public ExamReportPage(Browser browser) {
        super(browser, By.id("report-tabs"));
    }

    public String examName() {
        return find(By.id("exam-name")).getText().strip();
    }

    public String notice() {
        return findAll(By.id("notice")).stream().findFirst().map(n -> n.getText().strip()).orElse("");
    }

    /** "present / enrolled" of the whole exam, e.g. "80 / 82". */
    public String gradePresent() {
        return find(By.id("grade-present")).getText().strip();
    }

    public List<String> comparedClasses() {
        return findAll(By.cssSelector("#class-comparison tr.class-row")).stream().map(r -> r.getAttribute("data-class"))
                .toList();
    }

    public ExamReportPage openTab(String id) {
        submitAndWait(find(By.id(id)));
        return new ExamReportPage(browser);
    }

    public ExamReportPage openItems() {
        return openTab("tab-items");
    }

    public ExamReportPage openKnowledgePoints() {
        return openTab("tab-knowledge");
    }

    public ExamReportPage openExperiment() {
        return openTab("tab-experiment");
    }

    public List<String> itemLabels() {
        return findAll(By.cssSelector("#item-table tr.item-row")).stream().map(r -> r.getAttribute("data-item")).toList();
    }

    public List<String> knowledgePoints() {
        return findAll(By.cssSelector("#knowledge-table tr.point-row")).stream().map(r -> r.getAttribute("data-point"))
                .toList();
    }

    /** Waits until the chart in the box with this id is drawn, i.e. holds a canvas; false if it never is. */
    public boolean chartDrawn(String id) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.cssSelector("#" + id + "[data-chart-ready] canvas")).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** On the experiment tab: picks the groups by class name and the pre-test by name, then compares. */
    public ExamReportPage compare(String preTest, List<String> experimental, List<String> control) {
        org.openqa.selenium.support.ui.Select pre = new org.openqa.selenium.support.ui.Select(find(By.id("pre")));
        pre.getOptions().stream().filter(o -> o.getText().startsWith(preTest)).findFirst()
                .orElseThrow(() -> new AssertionError("no pre-test " + preTest)).click();
        setChecked("experimental", experimental);
        setChecked("control", control);
        submitAndWait(find(By.id("experiment-run")));
        return new ExamReportPage(browser);
    }

    public String experimentSummary() {
        return find(By.id("experiment-summary")).getText().strip();
    }

    private void setChecked(String name, List<String> classNames) {
        findAll(By.cssSelector("#experiment-form input[name='" + name + "']")).forEach(box -> {
            String label = find(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText().strip();
            if (box.isSelected() != classNames.contains(label)) {
                box.click();
            }
        });
    }
}
