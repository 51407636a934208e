package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyGroupLifePanel;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.MyGroup;
import cn.hezuo.group.MyGroupQuery;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScoreRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student (demo 070102) sees their group, member number, role this week and goals on their home page and their group
 * page — and no tier and no score of anyone, not even in the HTML source.
 */
class StudentSeesOwnGroupLifeIT extends BrowserTest {

    private static final String STUDENT_NO = "070102";

    @Autowired
    private StudentRepository students;

    @Autowired
    private StudentScoreRepository scores;

    @Autowired
    private MyGroupQuery myGroup;

    @Test
    void homeAndGroupPageShowGroupNumberRoleAndGoalsButNoTierOrScore() {
        Student me = students.findBySchoolIdAndStudentNo(demoSchoolId(), STUDENT_NO).orElseThrow();
        MyGroup group = myGroup.of(me).orElseThrow();
        LoginPage.open(browser).loginAs(STUDENT_NO, DemoSchool.PASSWORD);

        MyGroupLifePanel panel = MyGroupLifePanel.open(browser);
        assertThat(panel.text()).contains("第 " + group.number() + " 组");
        assertThat(panel.memberNumberLine()).contains(String.valueOf(group.myNumber()));
        assertThat(panel.role()).contains("第" + group.week() + "周")
                .containsAnyOf("组织者", "记录员", "汇报员", "总结员", "评价员", "组员");
        assertThat(panel.goals()).contains(group.goals().getGoalMidterm()).contains("进行中");
        List<String> allScores = groupScores(group, me);
        assertNoTierNoScore(browser.pageSource(), panel.text(), allScores);

        panel.openGroupPage();
        assertThat(browser.pageSource()).contains(group.goals().getGoalYear());
        assertNoTierNoScore(browser.pageSource(), browser.driver().findElement(org.openqa.selenium.By.tagName("main"))
                .getText(), allScores);
    }

    /** Prior scores of the student and every group-mate, as a page would print them. */
    private List<String> groupScores(MyGroup group, Student me) {
        List<String> list = new ArrayList<>();
        students.findByClassIdAndActiveTrueOrderByStudentNoAsc(me.getClassId()).stream()
                .filter(s -> group.members().stream().anyMatch(m -> m.name().equals(s.getName())))
                .forEach(s -> scores.findByStudentId(s.getId()).forEach(score ->
                        list.add(score.getScore().stripTrailingZeros().toPlainString())));
        assertThat(list).as("the demo group has prior scores to hide").isNotEmpty();
        return list;
    }

    private static void assertNoTierNoScore(String source, String text, List<String> hidden) {
        assertThat(source).doesNotContain("tier", "层", "data-score", "data-tier");
        assertThat(numbersIn(text)).doesNotContainAnyElementsOf(hidden);
    }

    private static List<String> numbersIn(String text) {
        Matcher number = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text);
        List<String> found = new ArrayList<>();
        while (number.find()) {
            found.add(new BigDecimal(number.group()).stripTrailingZeros().toPlainString());
        }
        return found;
    }
}
