package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.BoardQuestionPage;
import cn.hezuo.browser.pages.ClassBoardPage;
import cn.hezuo.browser.pages.ErrorPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyBoardPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.browser.pages.SignedInPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.mutualhelp.board.BoardSeeds;
import cn.hezuo.mutualhelp.resources.ResourceSeeds;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 互助答疑 in 八年级2班: a student asks on a 390×844 phone from their home page, a classmate of another group answers,
 * and the asker accepts it; an answer to a homework question stays hidden from classmates until the teacher's due
 * time (here: the teacher ends the homework now); a student cannot open another group's group-only resources.
 */
class MutualHelpBoardIT extends BrowserTest {

    @Autowired private BoardSeeds seeds;
    @Autowired private ResourceSeeds resources;
    @Autowired private People people;
    @Autowired private SchoolClassRepository classes;

    private SchoolClass schoolClass;
    private long math;
    private MemberRoles asker;
    private MemberRoles mate;
    private MemberRoles classmate;

    @BeforeEach
    void theClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        math = people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        WeekRoles roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
        asker = roles.byGroup().get(1).get(0);
        mate = roles.byGroup().get(1).get(1);
        classmate = roles.byGroup().get(2).get(0);
    }

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aStudentAsksOnAPhoneAClassmateAnswersAndTheAskerAcceptsIt() {
        String asked = "方程两边同时除以负数，不等号要不要变？" + uniqueSuffix();
        String answer = "这是等式不是不等式，除以负数两边仍相等，不用变号。" + uniqueSuffix();

        phone();
        LoginPage.open(browser).loginAs(studentNo(asker), DemoSchool.PASSWORD);
        MyBoardPage board = new MyRecordPage(browser).openBoard().subject("数学");
        assertThat(board.fitsTheWindowWidth()).as("no sideways scrolling at 390px").isTrue();
        assertThat(board.askButtonHeight()).isGreaterThanOrEqualTo(44);
        board = (MyBoardPage) board.ask("   ");
        assertThat(board.askError()).contains("我的问题");
        BoardQuestionPage question = (BoardQuestionPage) board.ask(asked);
        assertThat(question.question()).isEqualTo(asked);
        assertThat(question.fitsTheWindowWidth()).isTrue();
        desktop().logout();

        phone();
        LoginPage.open(browser).loginAs(studentNo(classmate), DemoSchool.PASSWORD);
        question = new MyRecordPage(browser).openBoard().subject("数学").open(asked).answer(answer);
        assertThat(question.answers()).containsExactly(answer);
        desktop().logout();

        phone();
        LoginPage.open(browser).loginAs(studentNo(asker), DemoSchool.PASSWORD);
        question = MyBoardPage.open(browser).subject("数学").open(asked);
        assertThat(question.accepted(answer)).isFalse();
        question = question.accept(answer);
        assertThat(question.accepted(answer)).isTrue();
        assertThat(question.fitsTheWindowWidth()).isTrue();
    }

    @Test
    void anAnswerToAHomeworkQuestionIsHeldFromClassmatesUntilTheDueTime() {
        long homework = seeds.homework(schoolClass.getSchoolId(), schoolClass.getId(), math, "练习册" + uniqueSuffix(),
                Instant.now().plus(Duration.ofDays(1)));
        long question = seeds.question(math, asker.studentId(), "作业第 7 题怎么列方程？" + uniqueSuffix(), null, homework,
                Instant.now());
        String answer = "设原计划每天做 x 个" + uniqueSuffix();
        seeds.answer(question, mate.studentId(), answer, Instant.now());

        LoginPage.open(browser).loginAs(studentNo(classmate), DemoSchool.PASSWORD);
        BoardQuestionPage page = BoardQuestionPage.open(browser, question);
        assertThat(page.answersHeld()).isTrue();
        assertThat(page.answers()).isEmpty();
        assertThat(browser.pageSource()).doesNotContain(answer);
        page.logout();

        // The author still reads their own answer.
        LoginPage.open(browser).loginAs(studentNo(mate), DemoSchool.PASSWORD);
        assertThat(BoardQuestionPage.open(browser, question).answers()).containsExactly(answer);
        new SignedInPage(browser).logout();

        // The teacher, from the teacher home, ends the homework now: the due time has come.
        LoginPage.open(browser).loginAs("math0802", DemoSchool.PASSWORD);
        ClassBoardPage board = new TeacherHomePage(browser).openBoard(schoolClass.getId()).subject("数学");
        board = board.releaseHomework(homework);
        assertThat(board.canRelease(homework)).isFalse();
        board.logout();

        LoginPage.open(browser).loginAs(studentNo(classmate), DemoSchool.PASSWORD);
        page = BoardQuestionPage.open(browser, question);
        assertThat(page.answersHeld()).isFalse();
        assertThat(page.answers()).containsExactly(answer);
    }

    @Test
    void aStudentCannotOpenAnotherGroupsResources() {
        String ours = "本组笔记" + uniqueSuffix();
        String theirs = "别组笔记" + uniqueSuffix();
        resources.studentResource(mate.studentId(), ours, "只给本组看", false, null, null);
        long other = resources.studentResource(classmate.studentId(), theirs, "只给第2组看", false, "笔记.txt",
                "第2组的笔记".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        expectConsoleError("403");
        phone();
        LoginPage.open(browser).loginAs(studentNo(asker), DemoSchool.PASSWORD);
        var page = new MyRecordPage(browser).openResources();
        assertThat(page.titles()).contains(ours).doesNotContain(theirs);
        assertThat(page.showsMistakeBook()).isTrue();
        assertThat(ErrorPage.visit(browser, "/resources/" + other + "/file").status()).isEqualTo(403);
    }

    private void phone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    /** Back to a desktop window (the phone layout folds the sign-out button into the menu); the page stays. */
    private SignedInPage desktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.script("window.scrollTo(0, 0)");
        return new SignedInPage(browser);
    }

    private String studentNo(MemberRoles member) {
        return people.student(member.studentId()).orElseThrow().getStudentNo();
    }
}
