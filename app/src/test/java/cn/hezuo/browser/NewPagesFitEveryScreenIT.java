package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages added for 帮扶对子, 学习计划, 目标月评, family management and the group emblem, opened as the people who use
 * them at 1920×1080, 1366×768 and 390×844: each answers with its page (not an error), shows its heading, and never
 * scrolls sideways. The browser console stays clean (BrowserTest checks it after each test).
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM) // changes nothing: here to even out the lanes
class NewPagesFitEveryScreenIT extends BrowserTest {

    private static final List<Dimension> SCREENS = List.of(
            new Dimension(1920, 1080), new Dimension(1366, 768), new Dimension(390, 844));

    @Autowired private SchoolClassRepository classes;
    @Autowired private GroupPlanRepository plans;
    @Autowired private StudyGroupRepository groups;

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theHeadTeachersNewPagesFitEveryScreen() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst()
                .orElseThrow();
        long groupId = groups.findByPlanIdOrderByNumberAsc(
                plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow().getId()).get(0).getId();
        LoginPage.open(browser).loginAs("head0701", DemoSchool.PASSWORD);
        for (String path : List.of("/classes/" + schoolClass.getId() + "/pairs",
                "/classes/" + schoolClass.getId() + "/study-plans",
                "/classes/" + schoolClass.getId() + "/goal-reviews",
                "/classes/" + schoolClass.getId() + "/families",
                "/groups/" + groupId)) {
            fitsEveryScreen(path);
        }
    }

    @Test
    void aStudentsNewPagesFitEveryScreen() {
        LoginPage.open(browser).loginAs("070101", DemoSchool.PASSWORD);
        for (String path : List.of("/me/pairs", "/me/study-plan", "/me/goals")) {
            fitsEveryScreen(path);
        }
    }

    private void fitsEveryScreen(String path) {
        for (Dimension screen : SCREENS) {
            browser.driver().manage().window().setSize(screen);
            browser.go(path);
            assertThat(browser.currentPath()).as("%s at %s", path, screen).isEqualTo(path);
            assertThat((String) browser.script("var h = document.querySelector('h1'); return h ? h.textContent.trim() : '';"))
                    .as("heading of %s at %s", path, screen).isNotBlank();
            assertThat((Boolean) browser.script(
                    "return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("%s scrolls sideways at %s", path, screen).isTrue();
        }
    }
}
