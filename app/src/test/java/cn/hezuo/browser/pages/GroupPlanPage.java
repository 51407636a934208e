package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A grouping plan: group cards, the balance panel and the rule checks; on a draft, moves, save and activate. */
public final class GroupPlanPage extends Page {

    public GroupPlanPage(Browser browser) {
        super(browser, By.id("workspace"));
    }

    public boolean showsBalancePanel() {
        return isPresent(By.id("balance-panel")) && isPresent(By.cssSelector("#means-chart canvas, #means-chart svg"))
                && !findAll(By.cssSelector("#balance-numbers tbody tr")).isEmpty();
    }

    public boolean showsBalanceChartSoon() {
        wait.until(d -> isPresent(By.cssSelector("#means-chart canvas, #means-chart svg")));
        return showsBalancePanel();
    }

    /** The group number (1-based) a student is in. */
    public int groupOf(long studentId) {
        WebElement item = find(By.cssSelector(".member[data-student-id='" + studentId + "']"));
        return Integer.parseInt(item.findElement(By.xpath("ancestor::ul[contains(@class,'member-list')]"))
                .getAttribute("data-group"));
    }

    /**
     * Drags a student to another group. WebDriver cannot drive HTML5 drag and drop in Chromium, so this sends what
     * the page's drop handler sends (the move request swapped into #workspace by htmx) and waits for the new workspace.
     */
    public GroupPlanPage dragStudentToGroup(long studentId, int group) {
        WebElement old = find(By.id("workspace"));
        String version = old.getAttribute("data-version");
        browser.script("var ws = document.getElementById('workspace');"
                + "htmx.ajax('POST', ws.getAttribute('data-move-url'), {target: '#workspace', swap: 'outerHTML',"
                + " values: {studentId: '" + studentId + "', toGroup: '" + group + "', version: '" + version + "'}});");
        wait.until(d -> !version.equals(find(By.id("workspace")).getAttribute("data-version")));
        return this;
    }

    public boolean warnsThatARuleIsBroken() {
        return isPresent(By.id("rules-broken"));
    }

    public List<String> brokenRules() {
        return findAll(By.cssSelector("#rules .rule[data-ok='false']")).stream().map(WebElement::getText).toList();
    }

    public GroupPlanPage save(String name) {
        type(By.id("plan-name-input"), name);
        submitAndWait(Scroll.intoView(browser, find(By.id("save-plan"))));
        return new GroupPlanPage(browser);
    }

    public GroupPlanPage activate() {
        submitAndWait(Scroll.intoView(browser, find(By.id("activate-plan"))));
        return new GroupPlanPage(browser);
    }

    /** Student id → member number as the group card shows it, in the card's order. */
    public java.util.LinkedHashMap<Long, Integer> memberNumbers(int group) {
        java.util.LinkedHashMap<Long, Integer> numbers = new java.util.LinkedHashMap<>();
        findAll(By.cssSelector(".member-list[data-group='" + group + "'] .member")).forEach(m -> numbers.put(
                Long.valueOf(m.getAttribute("data-student-id")),
                Integer.valueOf(m.findElement(By.cssSelector(".member-no")).getText().trim())));
        return numbers;
    }

    /** Types the teacher's own numbers for one group into its renumber form and sends it. */
    public GroupPlanPage renumber(int group, java.util.Map<Long, Integer> numbers) {
        WebElement form = find(By.cssSelector(".renumber-form[data-group='" + group + "']"));
        numbers.forEach((studentId, number) -> {
            WebElement input = form.findElement(By.cssSelector(".renumber-input[data-student-id='" + studentId + "']"));
            Scroll.intoView(browser, input);
            input.clear();
            input.sendKeys(String.valueOf(number));
        });
        // Bypass the browser's own min/max check so the server's message is what the teacher reads.
        browser.script("document.querySelectorAll('.renumber-form').forEach(f => f.noValidate = true);");
        submitAndWait(Scroll.intoView(browser, form.findElement(By.cssSelector("button[type='submit']"))));
        return new GroupPlanPage(browser);
    }

    public String renumberError() {
        return isPresent(By.id("renumber-error")) ? find(By.id("renumber-error")).getText() : "";
    }

    public boolean isActive() {
        return isPresent(By.id("plan-active"));
    }
}
