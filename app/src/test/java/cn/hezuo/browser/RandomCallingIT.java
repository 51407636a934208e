package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.CallingPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.school.SchoolClassRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subject teacher calls 每组N号 on the whiteboard page of 七年级1班: no number and nobody twice before all are called.
 * With the animation on; {@link RandomCallingReducedMotionIT} runs it with reduced motion.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class RandomCallingIT extends BrowserTest {

    @Autowired
    private SchoolClassRepository classes;

    @Test
    void callingByMemberNumberRepeatsNoNumberAndNoStudentUntilAllWereCalled() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst()
                .orElseThrow().getId();
        LoginPage.open(browser).loginAs("math0701", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);
        CallingPage page = CallingPage.open(browser, classId).startLesson();
        assertThat(page.prefersReducedMotion()).isEqualTo(reducedMotion());
        int max = page.maxMemberNo();
        List<String> everyone = page.presentGroupedNames();

        List<Integer> numbers = new ArrayList<>();
        Set<String> called = new HashSet<>();
        for (int i = 0; i < max; i++) {
            numbers.add(page.drawByNumber());
            for (String name : page.calledNames()) {
                assertThat(called.add(name)).as("%s called twice in one round", name).isTrue();
            }
            assertThat(page.awardHookStudentIds()).as("award hook carries the called ids").isNotBlank();
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, max).boxed().toList());
        assertThat(called).containsExactlyInAnyOrderElementsOf(new HashSet<>(everyone));

        // A new round begins once everyone was called: the next number is again one of 1..max.
        assertThat(page.drawByNumber()).isBetween(1, max);
        assertThat(page.resultText()).contains("每组");
        assertThat(page.spinsShown()).isEqualTo(reducedMotion() ? 0 : max + 1);
    }
}
