package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.CallingPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.school.SchoolClassRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 八年级3班's head teacher uses every 随机点名 mode on one page, one after the other and without reloading: a draw
 * whose request fails (a dropped connection) is retried with its request id and must not silence the buttons after
 * it. Runs with the animation on; {@link CallingModesReducedMotionIT} runs the same with reduced motion.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class CallingModesIT extends BrowserTest {

    @Autowired
    private SchoolClassRepository classes;

    @Test
    void everyCallingModeDrawsAfterTheOthersWithoutReload() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow().getId();
        LoginPage.open(browser).loginAs("head0803", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);
        CallingPage page = CallingPage.open(browser, classId).startLesson();
        assertThat(page.prefersReducedMotion()).isEqualTo(reducedMotion());
        List<String> everyone = page.presentGroupedNames();

        assertThat(page.drawGroup()).matches("第\\d+组");
        assertThat(everyone).contains(page.drawStudent());
        assertThat(page.drawByNumber()).isBetween(1, page.maxMemberNo());
        assertThat(page.calledNames()).isNotEmpty().allMatch(everyone::contains);
        assertThat(everyone).contains(page.drawMemberOf(1));
        assertThat(page.drawGroup()).matches("第\\d+组");
        assertThat(everyone).contains(page.drawStudent());

        // Six draws: with the animation on, each one showed the slot machine; with reduced motion, none did.
        assertThat(page.spinsShown()).isEqualTo(reducedMotion() ? 0 : 6);
        // The answer waits for the show: the stage stays up at least 1.2 s (calling.js MIN_SPIN_MS).
        if (!reducedMotion()) {
            assertThat(page.shortestSpinMillis()).isGreaterThanOrEqualTo(1150L);
        }
    }

    @Test
    void aDrawWhoseConnectionDropsIsRetriedAndDoesNotSilenceTheButtonsAfterIt() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow().getId();
        LoginPage.open(browser).loginAs("head0803", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);
        CallingPage page = CallingPage.open(browser, classId);
        // htmx reports the dropped request twice on the console; the retry then draws.
        expectConsoleError("htmx:sendError");
        expectConsoleError("htmx:afterRequest");

        assertThat(page.drawGroupWhileTheConnectionDropsOnce()).matches("第\\d+组");

        assertThat(page.drawGroup()).matches("第\\d+组");
        assertThat(page.presentGroupedNames()).contains(page.drawStudent());
    }

    @Test
    void aRefusedDrawShowsTheServersMessageAndTheButtonsStillDraw() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow().getId();
        LoginPage.open(browser).loginAs("head0803", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);
        CallingPage page = CallingPage.open(browser, classId);
        expectConsoleError("409");

        assertThat(page.drawMemberOfAGroupThatDoesNotExist()).isEqualTo("没有可以点名的同学（全部缺席或没有学生）。");

        assertThat(page.drawGroup()).matches("第\\d+组");
    }
}
