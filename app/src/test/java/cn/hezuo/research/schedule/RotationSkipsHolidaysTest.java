package cn.hezuo.research.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.school.TermPeriodKind;
import cn.hezuo.school.TermPeriodService;
import cn.hezuo.testsupport.HezuoTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Generated schedules follow the school calendar: no 集体备课 in a week the whole of which is a holiday, none on a
 * holiday that falls on its weekday, none in an exam week; research lessons skip those weeks too. A term of its own,
 * far in the future, so no other test sees its holidays.
 */
@HezuoTest
class RotationSkipsHolidaysTest {

    @Autowired ScheduleService schedules;
    @Autowired CalendarService calendarService;
    @Autowired SchoolCalendar calendar;
    @Autowired SchoolSetupService school;
    @Autowired TermPeriodService periods;
    @Autowired ResearchGroupService groups;
    @Autowired UserDetailsService users;

    @Test
    void theRotationSkipsHolidayWeeksHolidaysOnItsWeekdayAndExamWeeks() {
        ResearchFixture fixture = new ResearchFixture(users, groups, school);
        HezuoUser admin = fixture.user("admin");
        long schoolId = admin.schoolId();
        // Monday 2031-09-01: week n begins Sep 1 + 7(n-1).
        long termId = school.createTerm(schoolId, "2031—2032学年第一学期（测试）", LocalDate.of(2031, 9, 1),
                LocalDate.of(2032, 1, 16)).getId();
        periods.add(schoolId, termId, TermPeriodKind.HOLIDAY, "秋假", LocalDate.of(2031, 9, 15), LocalDate.of(2031, 9, 19));
        periods.add(schoolId, termId, TermPeriodKind.HOLIDAY, "国庆节", LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 7));
        periods.add(schoolId, termId, TermPeriodKind.EXAM, "期中考试", LocalDate.of(2031, 11, 3), LocalDate.of(2031, 11, 7));
        SchoolTerm term = calendar.term(schoolId, termId).orElseThrow();
        ResearchGroup group = fixture.group("eng0701", null, "eng0702", "eng0703");

        int created = schedules.rotation(fixture.user("eng0701"), group.getId(), term, DayOfWeek.WEDNESDAY,
                LocalTime.of(14, 0), "会议室", 1, 10, List.of(), week -> "第" + week + "周集体备课");

        List<Integer> weeks = calendarService.activities(group.getId(), termId).stream()
                .filter(a -> a.getKind() == ActivityKind.COLLECTIVE_PREP).map(ResearchActivity::getWeek).sorted().toList();
        // Week 3: the 秋假 fills Monday–Friday; week 5: Wednesday Oct 1 is 国庆; week 10: 期中考试.
        assertThat(weeks).containsExactly(1, 2, 4, 6, 7, 8, 9);
        assertThat(created).isEqualTo(7);
    }
}
