package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 小组角色 of a class for one term week (/classes/{id}/roles?week=n). */
public final class ClassRolesPage extends Page {

    public ClassRolesPage(Browser browser) {
        super(browser, By.id("week-roles"));
    }

    public static ClassRolesPage open(Browser browser, long classId, int week) {
        browser.go("/classes/" + classId + "/roles?week=" + week);
        return new ClassRolesPage(browser);
    }

    /** The role text of each member of a group, in member-number order ("组员" for plain members). */
    public List<String> rolesOfGroup(int group) {
        return findAll(By.cssSelector(".role-card[data-group='" + group + "'] .role-row")).stream()
                .map(row -> String.join("、", row.findElements(By.className("role")).stream()
                        .map(WebElement::getText).toList()))
                .toList();
    }

    public SeatingPage openSeating() {
        submitAndWait(Scroll.intoView(browser, find(By.id("link-seating"))));
        return new SeatingPage(browser);
    }
}
