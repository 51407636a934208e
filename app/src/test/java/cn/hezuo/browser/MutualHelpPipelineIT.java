package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.ClassQuestionsPage;
import cn.hezuo.browser.pages.ErrorPage;
import cn.hezuo.browser.pages.GroupQuestionsPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyQuestionsPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.browser.pages.QuestionDigestPage;
import cn.hezuo.browser.pages.SignedInPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.mutualhelp.questions.QuestionSeeds;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The question pipeline end to end in 七年级3班 (数学, its rotating roles: each group's 组长 collects): a student asks
 * on a 390×844 phone, the group's collector merges the duplicate and submits, the 课代表 merges another group's
 * same question and submits, and the teacher's digest ranks it first with its original wording one click away; the
 * teacher's mark reaches the asker.
 */
class MutualHelpPipelineIT extends BrowserTest {

    @Autowired private QuestionSeeds seeds;
    @Autowired private People people;
    @Autowired private SchoolClassRepository classes;

    private long lessonId;
    private MemberRoles asker;
    private MemberRoles mate;
    private String collector;
    private MemberRoles otherGroupAsker;
    private String rep;

    @BeforeEach
    void aLessonOfItsOwn() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst()
                .orElseThrow();
        long schoolId = schoolClass.getSchoolId();
        long math = people.subjects(schoolId).stream().filter(s -> s.getName().equals("数学")).findFirst().orElseThrow()
                .getId();
        WeekRoles roles = people.rolesThisWeek(schoolId, schoolClass.getId()).orElseThrow();
        List<MemberRoles> group1 = roles.byGroup().get(1);
        long collectorId = people.questionCollector(schoolId, schoolClass.getId(), group1.get(0).groupId(), math)
                .orElseThrow();
        List<MemberRoles> others = group1.stream().filter(m -> m.studentId() != collectorId).toList();
        asker = others.get(0);
        mate = others.get(1);
        collector = studentNo(collectorId);
        otherGroupAsker = roles.byGroup().get(2).get(0);
        MemberRoles repMember = roles.byGroup().get(3).get(0);
        rep = studentNo(repMember.studentId());
        seeds.rep(schoolId, schoolClass.getId(), math, repMember.studentId());
        lessonId = seeds.lesson(schoolId, schoolClass.getId(), math, "浏览器测试学案-" + uniqueSuffix(),
                Instant.now().plus(Duration.ofDays(1)));
    }

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aQuestionAskedOnAPhoneIsMergedByTheGroupAndTheRepresentativeAndRanksFirstInTheTeachersDigest() {
        String asked = "去括号时前面是负号，为什么每一项都变号？" + uniqueSuffix();
        String sameInGroup = "负号去括号不懂" + uniqueSuffix();
        String sameInOtherGroup = "括号前面有负号怎么去" + uniqueSuffix();
        String alone = "整式的次数怎么数" + uniqueSuffix();
        seeds.question(lessonId, mate.studentId(), sameInGroup, null, Instant.now());
        seeds.question(lessonId, otherGroupAsker.studentId(), sameInOtherGroup, null, Instant.now());
        seeds.question(lessonId, otherGroupAsker.studentId(), alone, null, Instant.now());

        // The student, on a phone, from their home page.
        phone();
        LoginPage.open(browser).loginAs(studentNo(asker.studentId()), DemoSchool.PASSWORD);
        MyQuestionsPage mine = new MyRecordPage(browser).openMutualHelp();
        assertThat(mine.fitsTheWindowWidth()).as("no sideways scrolling at 390px").isTrue();
        assertThat(mine.sendButtonHeight(lessonId)).isGreaterThanOrEqualTo(44);
        // An empty question is refused naming the field; a real one is kept.
        mine = mine.ask(lessonId, "   ", null);
        assertThat(mine.askError(lessonId)).contains("我的疑问");
        mine = mine.ask(lessonId, asked, null);
        assertThat(mine.myQuestions(lessonId)).containsExactly(asked);
        assertThat(mine.myQuestions(lessonId)).doesNotContain(sameInGroup);
        desktop().logout();

        // The group's collector merges the duplicate and submits, on a phone too.
        phone();
        LoginPage.open(browser).loginAs(collector, DemoSchool.PASSWORD);
        GroupQuestionsPage group = MyQuestionsPage.open(browser).openGroupList(lessonId);
        assertThat(group.items()).containsExactlyInAnyOrder(asked, sameInGroup);
        group = group.merge(sameInGroup, asked);
        assertThat(group.items()).containsExactly(asked);
        group = group.submit();
        assertThat(group.submitted()).isTrue();
        assertThat(group.fitsTheWindowWidth()).isTrue();
        desktop().logout();

        // The 课代表 merges the other group's same question and submits.
        LoginPage.open(browser).loginAs(rep, DemoSchool.PASSWORD);
        ClassQuestionsPage list = MyQuestionsPage.open(browser).openClassList(lessonId);
        assertThat(list.topics()).contains(asked, sameInOtherGroup, alone);
        assertThat(list.text()).doesNotContain(asker.name(), mate.name());
        list = list.merge(sameInOtherGroup, asked);
        assertThat(list.topics().get(0)).isEqualTo(asked);
        list = list.submit();
        assertThat(list.submitted()).isTrue();
        desktop().logout();

        // The teacher, at a desk, from the teacher home through the class page.
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        LoginPage.open(browser).loginAs("math0703", DemoSchool.PASSWORD);
        QuestionDigestPage digest = new TeacherHomePage(browser).openClass("七年级3班").openMutualHelp()
                .openLesson(lessonId);
        List<QuestionDigestPage.Topic> topics = digest.topics();
        assertThat(topics.get(0).wording()).isEqualTo(asked);
        assertThat(topics.get(0).groups()).isEqualTo(2);
        assertThat(topics.get(0).students()).isEqualTo(3);
        assertThat(topics.get(1).wording()).isEqualTo(alone);
        assertThat(digest.originalsShown(topics.get(0).id())).contains(sameInGroup, sameInOtherGroup, asker.name());
        digest = digest.mark(topics.get(0).id(), "IN_CLASS");
        desktop().logout();

        // The asker sees the outcome.
        LoginPage.open(browser).loginAs(studentNo(asker.studentId()), DemoSchool.PASSWORD);
        assertThat(MyQuestionsPage.open(browser).outcomeOf(lessonId, asked)).isEqualTo("课上讲");
    }

    @Test
    void aStudentWhoDoesNotCollectCannotOpenTheGroupsListNorAnotherGroupsPhoto() throws Exception {
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpg", jpeg);
        long photoQuestion = seeds.question(lessonId, otherGroupAsker.studentId(), "带照片的问题" + uniqueSuffix(), null,
                Instant.now(), jpeg.toByteArray());
        expectConsoleError("403");
        LoginPage.open(browser).loginAs(studentNo(mate.studentId()), DemoSchool.PASSWORD);
        assertThat(MyQuestionsPage.open(browser).hasGroupListLink(lessonId)).isFalse();
        assertThat(ErrorPage.visit(browser, "/me/mutual-help/lessons/" + lessonId + "/group").status()).isEqualTo(403);
        assertThat(ErrorPage.visit(browser, "/mutual-help/questions/" + photoQuestion + "/photo").status()).isEqualTo(403);
    }

    @Test
    void afterClassAStudentAnswersTheThreeThoughtsOnAPhoneAndTheUnclearPointReachesTheNextLesson() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst()
                .orElseThrow();
        long math = people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals("数学"))
                .findFirst().orElseThrow().getId();
        long nextLesson = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "下一课-" + uniqueSuffix(),
                Instant.now().plus(Duration.ofDays(3)));
        LoginPage.open(browser).loginAs("math0703", DemoSchool.PASSWORD);
        new TeacherHomePage(browser).openClass("七年级3班").openMutualHelp().openLesson(lessonId)
                .openReflection(nextLesson);
        TeacherHomePage.open(browser).logout();

        phone();
        LoginPage.open(browser).loginAs(studentNo(asker.studentId()), DemoSchool.PASSWORD);
        String unclear = "分式的符号还不明白" + uniqueSuffix();
        MyQuestionsPage mine = MyQuestionsPage.open(browser).reflect(lessonId, "会去括号了", unclear, "问组长");
        assertThat(mine.reflected(lessonId)).isTrue();
        assertThat(mine.fitsTheWindowWidth()).isTrue();
        assertThat(mine.myQuestions(nextLesson)).containsExactly(unclear);
        desktop().logout();

        LoginPage.open(browser).loginAs("math0703", DemoSchool.PASSWORD);
        QuestionDigestPage digest = new TeacherHomePage(browser).openClass("七年级3班").openMutualHelp()
                .openLesson(lessonId);
        assertThat(digest.reflectionAnswers("unclear")).anyMatch(a -> a.contains(unclear) && a.contains(asker.name()));
        assertThat(digest.reflectionAnswers("gains")).anyMatch(a -> a.contains("会去括号了"));
    }

    private void phone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    /** Back to a desktop window (the phone layout folds the sign-out button into the menu); the page stays. */
    private SignedInPage desktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        // The page was left scrolled to a lesson's anchor; the sign-out button is at the top.
        browser.script("window.scrollTo(0, 0)");
        return new SignedInPage(browser);
    }

    private String studentNo(long studentId) {
        return people.student(studentId).orElseThrow().getStudentNo();
    }
}
