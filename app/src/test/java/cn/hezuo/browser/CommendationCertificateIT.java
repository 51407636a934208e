package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.CertificatesPage;
import cn.hezuo.browser.pages.CommendationPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.evaluation.AwardRequest;
import cn.hezuo.evaluation.AwardService;
import cn.hezuo.evaluation.AwardTarget;
import cn.hezuo.evaluation.EvalItem;
import cn.hezuo.evaluation.EvalItemRepository;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The head teacher of 七年级2班 opens this month's commendation after a few awards, sees the system's proposal, gives
 * one student a title, confirms, and prints the certificates with the names on them. The commended student then finds
 * their own certificate on /me and nobody else's.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class CommendationCertificateIT extends BrowserTest {

    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired SchoolClassRepository classes;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired GroupMemberRepository members;
    @Autowired StudentRepository students;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @Test
    void proposeConfirmAndPrintCertificatesThenTheStudentSeesOnlyTheirOwn() {
        SchoolClass schoolClass = classes.findBySchoolIdOrderByGradeIdAscNameAsc(demoSchoolId()).stream()
                .filter(c -> c.getName().equals("七年级2班")).findFirst().orElseThrow();
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0702");
        itemService.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        EvalItem plusThree = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).stream()
                .filter(i -> i.getPoints() == 3).findFirst().orElseThrow();
        List<StudyGroup> classGroups = groups.findByPlanIdOrderByNumberAsc(
                plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow().getId());
        GroupMember star = members.findByGroupIdOrderByMemberNoAsc(classGroups.get(0).getId()).get(0);
        GroupMember other = members.findByGroupIdOrderByMemberNoAsc(classGroups.get(1).getId()).get(0);
        String month = YearMonth.now(clock).toString();
        LoginPage.open(browser).loginAs("head0702", DemoSchool.PASSWORD);
        // Other browser tests award this class too (a random 每组N号 call may have picked this student), so the
        // month's points are read before the awards rather than assumed to be 0.
        int before = Integer.parseInt(CommendationPage.open(browser, schoolClass.getId(), month)
                .studentPoints(star.getStudentId()));
        award(head, schoolClass, plusThree, AwardTarget.GROUP, classGroups.get(0).getId(), null);
        award(head, schoolClass, plusThree, AwardTarget.STUDENTS, null, List.of(star.getStudentId()));
        award(head, schoolClass, plusThree, AwardTarget.STUDENTS, null, List.of(other.getStudentId()));
        Student starStudent = students.findById(star.getStudentId()).orElseThrow();
        Student otherStudent = students.findById(other.getStudentId()).orElseThrow();

        CommendationPage page = CommendationPage.open(browser, schoolClass.getId(), month);

        assertThat(page.tickedGroups()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.tickedStudents()).contains(starStudent.getName(), otherStudent.getName());
        assertThat(page.studentPoints(star.getStudentId())).isEqualTo(String.valueOf(before + 3));
        page = page.giveTitle(star.getStudentId(), "合作之星").confirm();

        assertThat(page.showsConfirmed()).isTrue();
        assertThat(page.confirmedText()).contains("合作之星", starStudent.getName(), otherStudent.getName());
        CertificatesPage certificates = page.openCertificates();

        assertThat(certificates.recipients()).contains(starStudent.getName() + " 同学：", otherStudent.getName() + " 同学：");
        assertThat(certificates.bodies()).anyMatch(b -> b.contains("被评为 合作之星"))
                .anyMatch(b -> b.contains("被评为 优秀个人")).anyMatch(b -> b.contains("被评为 优秀小组"));
        String monthText = YearMonth.now(clock).getYear() + "年" + YearMonth.now(clock).getMonthValue() + "月";
        assertThat(certificates.bodies()).allMatch(b -> b.contains("在 " + monthText + " 的小组合作学习中表现突出"));
        assertThat(certificates.text()).contains(DemoSchool.SCHOOL_NAME, schoolClass.getName());
        assertThat(certificates.printsOnA4Landscape()).isTrue();

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).loginAs(starStudent.getStudentNo(), DemoSchool.PASSWORD);
        MyRecordPage me = new MyRecordPage(browser);
        assertThat(me.mainText()).contains("我的奖状", "合作之星");
        CertificatesPage mine = me.openCertificates();

        assertThat(mine.recipients()).contains(starStudent.getName() + " 同学：");
        assertThat(mine.text()).doesNotContain(otherStudent.getName());
        assertThat(browser.pageSource()).doesNotContain("proposal-student", "rank");
    }

    private void award(HezuoUser head, SchoolClass schoolClass, EvalItem item, AwardTarget target, Long groupId,
                       List<Long> studentIds) {
        awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), item.getId(), target,
                groupId, studentIds));
    }
}
