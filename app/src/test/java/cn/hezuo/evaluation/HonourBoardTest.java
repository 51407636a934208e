package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 小组PK / 光荣榜: off until the head teacher switches it on; groups only, never a student's name or place. */
@HezuoTest
class HonourBoardTest {

    @Autowired MockMvc mvc;
    @Autowired HonourBoard honour;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentDirectory students;
    @Autowired AwardService awards;
    @Autowired EvaluationItemService items;
    @Autowired ClassGroupsQuery groups;

    @Test
    void theHonourBoardIsOffUntilTheHeadTeacherSwitchesItOnAndThenShowsGroupsOnly() throws Exception {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级2班")).findFirst()
                .orElseThrow();
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0702");
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        honour.switchTo(admin, schoolClass.getId(), false);
        String url = "/classes/" + schoolClass.getId() + "/evaluation/honour";
        String off = mvc.perform(get(url).locale(Locale.SIMPLIFIED_CHINESE).with(user(head))).andReturn()
                .getResponse().getContentAsString();
        assertThat(off).contains("id=\"honour-off\"", "id=\"honour-switch\"").doesNotContain("honour-row");

        items.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        long itemId = items.activeItems(schoolClass.getId()).stream().filter(i -> i.getPoints() > 0).findFirst()
                .orElseThrow().getId();
        ClassGroups classGroups = groups.of(schoolClass.getId());
        long student = classGroups.groups().get(1).members().get(0).studentId();
        awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), itemId,
                AwardTarget.STUDENTS, null, List.of(student)));

        mvc.perform(post(url + "/switch").param("on", "true").with(csrf()).with(user(head)));
        assertThat(honour.isOn(schoolClass.getId())).isTrue();
        for (String period : List.of("week", "month")) {
            String on = mvc.perform(get(url).param("period", period).locale(Locale.SIMPLIFIED_CHINESE)
                    .with(user(head))).andReturn().getResponse().getContentAsString();
            assertThat(on).contains("id=\"honour-board\"", "honour-row", "第" + classGroups.groups().get(1).number() + "组");
            students.activeNames(schoolClass.getId()).values()
                    .forEach(name -> assertThat(on).as("no student is named").doesNotContain(name));
        }
        HonourBoard.Standings week = honour.standings(schoolClass.getId(), HonourBoard.Period.WEEK);
        assertThat(week.groups()).hasSize(classGroups.groups().size());
        assertThat(week.groups().get(0).points()).isPositive();
        assertThat(week.groups().get(0).place()).isEqualTo(1);
    }

    @Test
    void aSubjectTeacherCannotSwitchTheHonourBoard() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst()
                .orElseThrow();
        HezuoUser teacher = (HezuoUser) users.loadUserByUsername("math0701");
        assertThatThrownBy(() -> honour.switchTo(teacher, schoolClass.getId(), true))
                .isInstanceOf(AccessDeniedException.class);
    }
}
