package cn.hezuo.research.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The semester plan and calendar: terms and weeks, hosts, publishing, attendance, attachments. */
@HezuoTest
class ResearchCalendarServiceTest {

    @Autowired CalendarService calendar;
    @Autowired ActivityService activities;
    @Autowired ResearchTerms terms;
    @Autowired ResearchGroupService groups;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;

    private ResearchFixture fixture;
    private ResearchGroup group;
    private HezuoUser leader;
    private HezuoUser member;
    private SchoolTerm term;

    @BeforeEach
    void setUp() {
        fixture = new ResearchFixture(users, groups, school);
        group = fixture.group("eng0701", null, "eng0702");
        leader = fixture.user("eng0701");
        member = fixture.user("eng0702");
        term = terms.term(leader.schoolId(), null);
    }

    private ActivityForm activity(LocalDate date, Long hostId) {
        return new ActivityForm(date, LocalTime.of(14, 30), "会议室", ActivityKind.COLLECTIVE_PREP, hostId, "第一单元集体备课", -1);
    }

    @Test
    void theWeekOfAnActivityComesFromTheTermsWeekNumbers() {
        LocalDate thirdWeekWednesday = term.startDate().with(java.time.DayOfWeek.MONDAY).plusWeeks(2).plusDays(2);
        ResearchActivity created = calendar.createActivity(leader, group.getId(), term,
                activity(thirdWeekWednesday, member.teacherId()));
        assertThat(created.getWeek()).isEqualTo(3).isEqualTo(term.weekNumber(thirdWeekWednesday));
    }

    @Test
    void anActivityOutsideTheTermIsRefusedNamingTheTermsDates() {
        assertThatThrownBy(() -> calendar.createActivity(leader, group.getId(), term,
                activity(term.endDate().plusDays(1), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "research.error.outsideTerm");
        assertThat(calendar.activities(group.getId(), term.id())).isEmpty();
    }

    @Test
    void theHostMustBeAMemberOfTheGroup() {
        long outsider = fixture.user("eng0703").teacherId();
        assertThatThrownBy(() -> calendar.createActivity(leader, group.getId(), term, activity(term.startDate(), outsider)))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.hostNotMember");
    }

    @Test
    void membersSeeTheCalendarOnlyOncePublished() {
        ResearchPlan plan = calendar.savePlan(leader, group.getId(), term, new PlanForm("思想", "目标", "有效提问", "措施", -1));
        ResearchActivity a = calendar.createActivity(leader, group.getId(), term, activity(term.startDate(), null));
        assertThat(calendar.calendarVisible(member, group, term.id())).isFalse();
        assertThatThrownBy(() -> calendar.requireView(member, a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.createActivity(member, group.getId(), term, activity(term.startDate(), null)))
                .isInstanceOf(AccessDeniedException.class);
        calendar.publish(leader, group.getId(), term, plan.getVersion());
        assertThat(calendar.calendarVisible(member, group, term.id())).isTrue();
        assertThat(calendar.requireView(member, a.getId()).canLead()).isFalse();
        assertThatThrownBy(() -> calendar.requireView(fixture.user("eng0703"), a.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleSaveOfThePlanIsRefusedAndChangesNothing() {
        ResearchPlan first = calendar.savePlan(leader, group.getId(), term, new PlanForm("甲", "", "", "", -1));
        calendar.savePlan(leader, group.getId(), term, new PlanForm("乙", "", "", "", first.getVersion()));
        assertThatThrownBy(() -> calendar.savePlan(leader, group.getId(), term,
                new PlanForm("丙", "", "", "", first.getVersion()))).hasFieldOrPropertyWithValue("messageKey", "error.staleEdit");
        assertThatThrownBy(() -> calendar.savePlan(leader, group.getId(), term, new PlanForm("丁", "", "", "", -1)))
                .hasFieldOrPropertyWithValue("messageKey", "error.staleEdit");
        assertThat(calendar.plan(group.getId(), term.id()).orElseThrow().getGuidingIdea()).isEqualTo("乙");
    }

    @Test
    void attendanceIsTakenByTheLeaderForMembersOnlyAndCountsPresentAndLateAsAttended() {
        ResearchActivity a = calendar.createActivity(leader, group.getId(), term, activity(term.startDate(), null));
        activities.takeAttendance(leader, a.getId(), Map.of(leader.teacherId(), AttendanceStatus.LATE,
                member.teacherId(), AttendanceStatus.LEAVE));
        activities.takeAttendance(leader, a.getId(), Map.of(member.teacherId(), AttendanceStatus.PRESENT));
        assertThat(activities.attendance(a.getId())).containsEntry(leader.teacherId(), AttendanceStatus.LATE)
                .containsEntry(member.teacherId(), AttendanceStatus.PRESENT);
        assertThat(activities.attendedCounts(java.util.List.of(a.getId())))
                .containsEntry(leader.teacherId(), 1).containsEntry(member.teacherId(), 1);
        assertThatThrownBy(() -> activities.takeAttendance(leader, a.getId(),
                Map.of(fixture.user("eng0703").teacherId(), AttendanceStatus.PRESENT)))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.notMember");
        assertThatThrownBy(() -> activities.takeAttendance(member, a.getId(), Map.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAttachmentMustBeADocumentWhoseBytesMatchItsNameAndComesBackAsStored() {
        ResearchActivity a = calendar.createActivity(leader, group.getId(), term, activity(term.startDate(), null));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> activities.attach(leader, a.getId(), AttachmentKind.LESSON_PLAN, "教案.pdf", html))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.fileType");
        assertThatThrownBy(() -> activities.attach(leader, a.getId(), AttachmentKind.LESSON_PLAN, "page.html", html))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.fileType");
        byte[] big = new byte[(int) FileCheck.MAX_BYTES + 1];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F';
        assertThatThrownBy(() -> activities.attach(leader, a.getId(), AttachmentKind.LESSON_PLAN, "大.pdf", big))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.fileTooLarge");
        assertThat(activities.attachments(a.getId())).isEmpty();
        byte[] pdf = "%PDF-1.7 教案".getBytes(StandardCharsets.UTF_8);
        long id = activities.attach(leader, a.getId(), AttachmentKind.LESSON_PLAN, "C:\\教案\\有理数.pdf", pdf);
        AttachmentStore.File file = activities.download(leader, a.getId(), id);
        assertThat(file.meta().filename()).isEqualTo("有理数.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(pdf);
    }

    @Test
    void theNextActivitiesOfATeacherComeFromPublishedPlansOfTheirGroupsFromTodayOn() {
        ResearchPlan plan = calendar.savePlan(leader, group.getId(), term, new PlanForm("", "", "", "", -1));
        LocalDate today = terms.today();
        ResearchActivity future = calendar.createActivity(leader, group.getId(), term, activity(
                term.contains(today.plusDays(1)) ? today.plusDays(1) : today, null));
        assertThat(calendar.upcoming(member, 50)).extracting(x -> x.activity().getId()).doesNotContain(future.getId());
        calendar.publish(leader, group.getId(), term, plan.getVersion());
        assertThat(calendar.upcoming(member, 50)).extracting(x -> x.activity().getId()).contains(future.getId());
        assertThat(calendar.upcoming(fixture.user("eng0703"), 50)).extracting(x -> x.activity().getId())
                .doesNotContain(future.getId());
    }
}
