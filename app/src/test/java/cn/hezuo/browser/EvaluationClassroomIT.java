package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.EvaluationBoardPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The head teacher of 八年级1班 awards from classroom mode to a group, one member and two members at once,
 * undoes the last award, and the totals (optimistic on screen, then confirmed) survive a reload.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class EvaluationClassroomIT extends BrowserTest {

    @Autowired
    private SchoolClassRepository classes;

    @Test
    void awardsToAGroupAMemberAndAMultiSelectionThenUndoKeepExactTotals() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班"))
                .findFirst().orElseThrow();
        LoginPage.open(browser).loginAs("head0801", DemoSchool.PASSWORD);
        EvaluationBoardPage board = EvaluationBoardPage.open(browser, schoolClass.getId());
        assertThat(board.groupCount()).isGreaterThanOrEqualTo(3);
        int first = board.groupTotal(0);
        int second = board.groupTotal(1);
        int third = board.groupTotal(2);

        board.tapGroup(0).tapItem("合作探究");
        assertThat(board.groupTotal(0)).isEqualTo(first + 2);
        assertThat(board.undoShown()).isTrue();

        board.tapMember(1, 0).tapItem("合作探究");
        assertThat(board.groupTotal(1)).as("捆绑评价 is on by default").isEqualTo(second + 2);

        board.tapMember(2, 0).tapMember(2, 1).tapItem("合作探究");
        assertThat(board.groupTotal(2)).isEqualTo(third + 4);

        board.undo();
        assertThat(board.groupTotal(2)).isEqualTo(third);
        assertThat(board.undoShown()).isFalse();

        EvaluationBoardPage reloaded = board.reload();
        assertThat(reloaded.groupTotal(0)).isEqualTo(first + 2);
        assertThat(reloaded.groupTotal(1)).isEqualTo(second + 2);
        assertThat(reloaded.groupTotal(2)).isEqualTo(third);
        assertThat(reloaded.boardText()).doesNotContain("待提高");
    }
}
