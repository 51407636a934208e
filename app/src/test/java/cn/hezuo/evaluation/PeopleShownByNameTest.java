package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.calling.CallingMode;
import cn.hezuo.calling.CallingService;
import cn.hezuo.calling.FairnessWindow;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.grouping.SizeMode;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.teacher.TeacherRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Pages that say who did something (创建人, 填写人, who called) show the teacher's real name, not the login name. */
@HezuoTest
class PeopleShownByNameTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired TeacherRepository teachers;
    @Autowired GroupPlanService groupPlans;
    @Autowired CallingService calling;
    @Autowired WeeklyStarsService stars;
    @Autowired WeeklyStarsQuery starsQuery;
    @Autowired ClassGroupsQuery groups;
    @Autowired SchoolCalendar calendar;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePlanListShowsTheCreatorsRealName() throws Exception {
        HezuoUser head = signIn("head0802");
        SchoolClass schoolClass = schoolClass("八年级2班");
        groupPlans.createDraft(head, schoolClass.getId(), new GroupingForm(6, SizeMode.AT_MOST, List.of(), "", true,
                false, List.of(), List.of(), List.of(), false, 11L));
        Document page = page(head, "/classes/" + schoolClass.getId() + "/groups");
        assertThat(page.select("#plans .plan-created-by")).extracting(Element::text)
                .contains(realName(head)).doesNotContain("head0802");
    }

    @Test
    void theCallingLogShowsWhoCalledByRealName() throws Exception {
        HezuoUser teacher = signIn("math0801");
        SchoolClass schoolClass = schoolClass("八年级1班");
        calling.startLesson(teacher, schoolClass.getId(), FairnessWindow.LESSON);
        calling.draw(teacher, schoolClass.getId(), CallingMode.STUDENT, null, UUID.randomUUID().toString());
        Document page = page(teacher, "/classes/" + schoolClass.getId() + "/calling/log");
        assertThat(page.selectFirst("#recent-draws .draw-called-by").text()).isEqualTo(realName(teacher));
        assertThat(page.select("#recent-draws").text()).doesNotContain("math0801");
    }

    @Test
    void theWeeklyStarsShowWhoFilledThemInByRealName() throws Exception {
        HezuoUser head = signIn("head0801");
        SchoolClass schoolClass = schoolClass("八年级1班");
        SchoolTerm term = calendar.requireTermForToday(head.schoolId());
        int week = calendar.shownWeekOf(term, null);
        long groupId = groups.of(schoolClass.getId()).groups().get(0).id();
        var existing = starsQuery.forWeek(schoolClass.getId(), term, week).get(groupId);
        stars.save(head, schoolClass.getId(), week, groupId, new StarScores(4, 4, 4, 4), null,
                existing == null ? -1 : existing.getVersion());
        Document weekly = page(head, "/classes/" + schoolClass.getId() + "/evaluation/weekly?week=" + week);
        assertThat(weekly.select(".stars-filled-by")).extracting(Element::text)
                .contains(realName(head)).doesNotContain("head0801");
        Document form = page(head, "/classes/" + schoolClass.getId() + "/evaluation/weekly/stars?week=" + week);
        assertThat(form.select(".stars-filled").text()).contains(realName(head)).doesNotContain("head0801");
    }

    private HezuoUser signIn(String username) {
        HezuoUser who = (HezuoUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(who, null, who.getAuthorities()));
        return who;
    }

    private String realName(HezuoUser who) {
        return teachers.findByAccountId(who.accountId()).orElseThrow().getName();
    }

    private SchoolClass schoolClass(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private Document page(HezuoUser who, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString());
    }
}
