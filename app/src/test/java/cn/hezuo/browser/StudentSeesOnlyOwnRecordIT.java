package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.ErrorPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScoreRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student (demo 070101, 七年级1班) sees their own record and nothing of the class, the roster or the admin area. */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class StudentSeesOnlyOwnRecordIT extends BrowserTest {

    private static final String STUDENT_NO = "070101";

    @Autowired
    private StudentRepository students;

    @Autowired
    private StudentScoreRepository scores;

    @Autowired
    private SchoolClassRepository classes;

    @Autowired
    private cn.hezuo.group.MyGroupQuery myGroup;

    private Student me;
    private SchoolClass myClass;

    @BeforeEach
    void findMe() {
        me = students.findBySchoolIdAndStudentNo(demoSchoolId(), STUDENT_NO).orElseThrow();
        myClass = classes.findById(me.getClassId()).orElseThrow();
    }

    @Test
    void studentLandsOnOwnRecordWithOwnStudentNoNameAndClass() {
        LoginPage.open(browser).loginAs(STUDENT_NO, DemoSchool.PASSWORD);

        MyRecordPage page = new MyRecordPage(browser);
        assertThat(page.path()).isEqualTo("/me");
        assertThat(page.studentNo()).isEqualTo(STUDENT_NO);
        assertThat(page.name()).isEqualTo(me.getName());
        assertThat(page.className()).isEqualTo(myClass.getName()).isEqualTo("七年级1班");
    }

    @Test
    void studentIsRefusedTheirClassPageItsExportAndTheAdminArea() {
        expectConsoleError("status of 403"); // the refusals this test opens on purpose
        LoginPage.open(browser).loginAs(STUDENT_NO, DemoSchool.PASSWORD);
        List<String> classmates = twoClassmateNames();

        for (String path : List.of("/classes/" + myClass.getId(), "/classes/" + myClass.getId() + "/export",
                "/admin/classes")) {
            ErrorPage refused = ErrorPage.visit(browser, path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.message()).as(path).contains("没有权限");
            assertThat(refused.showsRoster()).as(path).isFalse();
            assertThat(browser.pageSource()).as(path).doesNotContain(classmates);
        }
    }

    @Test
    void ownPageShowsNoClassmateAndNoScore() {
        LoginPage.open(browser).loginAs(STUDENT_NO, DemoSchool.PASSWORD);
        MyRecordPage page = new MyRecordPage(browser);

        assertThat(browser.pageSource()).doesNotContain(twoClassmateNames());
        // Prior scores are teacher-only: no subject column, and none of the student's own scores anywhere (the
        // 我的积分 card's own point counts aside).
        String text = page.mainTextOutsidePoints();
        assertThat(text).doesNotContain("语文", "数学", "英语");
        List<String> ownScores = scores.findByStudentId(me.getId()).stream()
                .map(s -> s.getScore().stripTrailingZeros().toPlainString()).toList();
        assertThat(ownScores).as("the demo student has prior scores to hide").isNotEmpty();
        assertThat(numbersIn(text)).doesNotContainAnyElementsOf(ownScores);
    }

    @Test
    void ownPageShowsTheirGroupWithMemberNumbersButNoTiers() {
        LoginPage.open(browser).loginAs(STUDENT_NO, DemoSchool.PASSWORD);
        MyRecordPage page = new MyRecordPage(browser);
        cn.hezuo.group.MyGroup group = myGroup.of(me).orElseThrow();
        String text = page.mainText();
        assertThat(text).contains("第 " + group.number() + " 组").contains("我是本组 " + group.myNumber() + " 号");
        group.members().forEach(mate -> assertThat(text).contains(mate.name()));
        assertThat(browser.pageSource()).doesNotContain("层", "tier");
    }

    /**
     * Two classmates outside the student's own group (group-mates are shown on purpose) whose names are not
     * part of the student's own name, so "absent" means something.
     */
    private List<String> twoClassmateNames() {
        java.util.Set<String> groupMates = new java.util.HashSet<>();
        myGroup.of(me).ifPresent(g -> g.members().forEach(m -> groupMates.add(m.name())));
        List<String> names = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(me.getClassId()).stream()
                .filter(s -> !s.getId().equals(me.getId()))
                .filter(s -> !groupMates.contains(s.getName()))
                .filter(s -> groupMates.stream().noneMatch(mate -> mate.contains(s.getName())))
                .map(Student::getName)
                .filter(name -> !me.getName().contains(name) && !myClass.getName().contains(name))
                .limit(2)
                .toList();
        assertThat(names).hasSize(2);
        return names;
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
