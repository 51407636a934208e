package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.CallingPage;
import cn.hezuo.browser.pages.EvaluationBoardPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.school.SchoolClassRepository;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 七年级2班: call 每组N号, award the called students in one more tap, undo, award again — the class board follows.
 * With the animation on; {@link CallingAwardReducedMotionIT} runs it with reduced motion.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class CallingAwardIT extends BrowserTest {

    @Autowired SchoolClassRepository classes;

    @Test
    void oneTapAfterADrawAwardsEveryCalledMemberAndUndoTakesItBack() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("七年级2班")).findFirst().orElseThrow().getId();
        LoginPage.open(browser).loginAs("head0702", DemoSchool.PASSWORD);
        new TeacherHomePage(browser);
        int before = boardSum(classId);

        CallingPage page = CallingPage.open(browser, classId).startLesson();
        assertThat(page.prefersReducedMotion()).isEqualTo(reducedMotion());
        page.drawByNumber();
        int called = page.awardHookStudentIds().split(",").length;
        assertThat(called).isPositive();

        page.awardWith("积极发言");
        assertThat(page.awardStatus()).contains("积极发言").contains("已记分");
        assertThat(page.awardUndoShown()).isTrue();
        page.undoAward();
        assertThat(page.awardStatus()).contains("已撤销");
        page.awardWith("积极发言");

        // 积极发言 is +1 to each called member; bundled (the default), each member's point also counts for their group.
        assertThat(boardSum(classId)).isEqualTo(before + called);
    }

    private int boardSum(long classId) {
        EvaluationBoardPage board = EvaluationBoardPage.open(browser, classId);
        return IntStream.range(0, board.groupCount()).map(board::groupTotal).sum();
    }
}
