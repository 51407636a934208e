package cn.hezuo.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.evaluation.AwardRequest;
import cn.hezuo.evaluation.AwardService;
import cn.hezuo.evaluation.AwardTarget;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.group.MyGroup;
import cn.hezuo.group.MyGroupQuery;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A student's own points on /me: their own and their group's only, never a classmate's name, number or rank. */
@HezuoTest
class MyProgressTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired StudentDirectory students;
    @Autowired MyGroupQuery groups;
    @Autowired AwardService awards;
    @Autowired EvaluationItemService items;
    @Autowired StudentProgressQuery progress;

    @Test
    void meShowsMyOwnPointsThisWeekAndTermAndMyGroupsTotal() throws Exception {
        HezuoUser me = (HezuoUser) users.loadUserByUsername("070101");
        Student student = students.find(me.studentId()).orElseThrow();
        MyGroup group = groups.of(student).orElseThrow();
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        long itemId = items.activeItems(student.getClassId()).stream().filter(i -> i.getPoints() > 0).findFirst()
                .orElseThrow().getId();
        long before = progress.of(student, group).orElseThrow().termTotal();
        awards.award(head, student.getClassId(), new AwardRequest(UUID.randomUUID().toString(), itemId,
                AwardTarget.STUDENTS, null, List.of(student.getId())));

        StudentProgress mine = progress.of(student, group).orElseThrow();
        assertThat(mine.termTotal()).isGreaterThan(before);
        assertThat(mine.weekTotal()).isPositive();
        assertThat(mine.groupTermTotal()).isNotNull();
        String html = page(me);
        assertThat(html).contains("id=\"my-progress\"", "id=\"my-week-chart\"", "echarts.min.js", "/js/progress-chart.js");
        assertThat(figure(html, "my-term-total")).isEqualTo(mine.termTotal());
        assertThat(figure(html, "my-group-total")).isEqualTo(mine.groupTermTotal());
    }

    @Test
    void meNamesNoClassmateOutsideMyGroupAndDoesNotChangeWhenAClassmateEarnsPoints() throws Exception {
        HezuoUser me = (HezuoUser) users.loadUserByUsername("070101");
        Student student = students.find(me.studentId()).orElseThrow();
        MyGroup group = groups.of(student).orElseThrow();
        Set<String> mates = group.members().stream().map(MyGroup.Mate::name).collect(Collectors.toSet());
        Map<Long, String> classmates = students.activeNames(student.getClassId());
        String html = page(me);
        classmates.forEach((id, name) -> {
            if (!mates.contains(name)) {
                assertThat(html).as("a classmate outside my group").doesNotContain(name);
            }
        });
        assertThat(html).doesNotContain("名次：", "第1名", "排名");

        // Another student (not in my group) earns points: nothing on my page moves.
        long other = classmates.entrySet().stream().filter(e -> !mates.contains(e.getValue())).findFirst()
                .orElseThrow().getKey();
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        long itemId = items.activeItems(student.getClassId()).stream().filter(i -> i.getPoints() > 0).findFirst()
                .orElseThrow().getId();
        awards.award(head, student.getClassId(), new AwardRequest(UUID.randomUUID().toString(), itemId,
                AwardTarget.STUDENTS, null, List.of(other)));
        assertThat(progressCard(page(me))).isEqualTo(progressCard(html));
    }

    private String page(HezuoUser who) throws Exception {
        return mvc.perform(get("/me").locale(Locale.SIMPLIFIED_CHINESE).with(user(who))).andReturn().getResponse()
                .getContentAsString();
    }

    private static String progressCard(String html) {
        int start = html.indexOf("id=\"my-progress\"");
        int end = html.indexOf("id=\"my-week-chart\"", start);
        return html.substring(start, html.indexOf('>', end));
    }

    private static long figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(-?\\d+)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1));
    }
}
