package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyPairsPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.browser.pages.PairPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.mutualhelp.pairs.PairSeeds;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 帮扶对子 on a 390×844 phone: a student opens their pair from their home page, an empty 帮扶内容 is refused naming the
 * field (the typed note kept), then the record appears in the pair's list without a page load (htmx).
 */
class HelpPairOnAPhoneIT extends BrowserTest {

    @Autowired private PairSeeds pairs;
    @Autowired private People people;
    @Autowired private SchoolClassRepository classes;

    @AfterEach
    void desktopAgain() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void aStudentRecordsAHelpSessionOnAPhone() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst()
                .orElseThrow();
        long english = people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals("英语"))
                .findFirst().orElseThrow().getId();
        WeekRoles roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
        MemberRoles me = roles.byGroup().get(3).get(0);
        MemberRoles partner = roles.byGroup().get(3).get(1);
        pairs.pair(english, me.studentId(), partner.studentId());
        String content = "英语单词听写" + uniqueSuffix();

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).loginAs(people.student(me.studentId()).orElseThrow().getStudentNo(), DemoSchool.PASSWORD);
        MyPairsPage mine = new MyRecordPage(browser).openPairs();
        assertThat(mine.pairLines()).anyMatch(l -> l.contains("英语") && l.contains(partner.name()));
        PairPage pair = mine.open("英语");
        assertThat(pair.heading()).contains(partner.name());
        assertThat(pair.fitsTheWindowWidth()).as("no sideways scrolling at 390px").isTrue();
        assertThat(pair.submitHeight()).isGreaterThanOrEqualTo(44);

        pair.record("   ", "先背后默");
        assertThat(pair.error()).contains("帮扶内容");
        assertThat(pair.records()).doesNotContain(content);

        pair.record(content, "先背后默");
        assertThat(pair.error()).isEmpty();
        assertThat(pair.records()).contains(content);
        assertThat(pair.fitsTheWindowWidth()).isTrue();
    }
}
