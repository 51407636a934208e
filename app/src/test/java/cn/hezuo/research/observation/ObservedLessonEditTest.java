package cn.hezuo.research.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.research.rubric.ScoringService;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Editing a planned observed lesson with a version check (two editors at once: the second is told, nothing of theirs
 * is written, their entries stay), and scoring an observed lesson with a school rubric (kind OBSERVED_LESSON).
 */
@HezuoTest
class ObservedLessonEditTest {

    @Autowired ObservationService service;
    @Autowired ResearchAccess researchAccess;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;
    @Autowired ScoringService scoring;
    @Autowired RubricService rubrics;
    @Autowired MockMvc mvc;

    private HezuoUser leader;
    private HezuoUser observer;
    private ObservedLesson lesson;
    private long c72;
    private long math;

    private HezuoUser person(String name) {
        return (HezuoUser) users.loadUserByUsername(name);
    }

    @BeforeEach
    void freshLesson() {
        leader = person("math0701");
        observer = person("eng0802");
        HezuoUser admin = person("admin");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        SchoolClass c = school.classes(admin.schoolId()).stream().filter(x -> x.getName().equals("七年级2班"))
                .findFirst().orElseThrow();
        c72 = c.getId();
        math = school.subjects(admin.schoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        lesson = service.create(leader, group.getId(), form("编辑测试课" + System.nanoTime(), 40));
        service.assign(leader, lesson.getId(), observer.teacherId(), List.of("PARTICIPATION"));
    }

    private LessonForm form(String topic, int minutes) {
        return new LessonForm(person("math0702").teacherId(), c72, null, math, topic, LocalDate.now(), minutes, null,
                null, null, null, null, List.of("PARTICIPATION", "TIME"));
    }

    @Test
    void aSecondEditorWorkingFromTheOldVersionIsToldAndNothingOfTheirsIsWritten() throws Exception {
        int seen = lesson.getVersion();
        service.update(leader, lesson.getId(), form("第一位的修改", 45), seen);
        assertThatThrownBy(() -> service.update(person("admin"), lesson.getId(), form("第二位的修改", 50), seen))
                .isInstanceOf(LessonChangedException.class);

        MockHttpServletResponse page = mvc.perform(post("/research/observations/" + lesson.getId() + "/edit")
                .with(csrf()).with(user(person("admin"))).param("version", String.valueOf(seen))
                .param("teacherId", String.valueOf(person("math0702").teacherId())).param("classId", String.valueOf(c72))
                .param("subjectId", String.valueOf(math)).param("topic", "第二位的修改")
                .param("lessonDate", LocalDate.now().toString()).param("plannedMinutes", "50")
                .param("dimensions", "TIME")).andReturn().getResponse();
        String html = page.getContentAsString();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(html).contains("obs-edit-conflict", "这节课的信息在你编辑期间已被他人修改", "第一位的修改",
                "value=\"第二位的修改\"");
        ObservedLesson now = service.lessonsOf(lesson.getGroupId()).stream()
                .filter(l -> l.getId().equals(lesson.getId())).findFirst().orElseThrow();
        assertThat(now.getTopic()).isEqualTo("第一位的修改");
        assertThat(now.getPlannedMinutes()).isEqualTo(45);
        // the page now carries the current version: saving again works
        assertThat(html).contains("name=\"version\" value=\"" + now.getVersion() + "\"");
        MockHttpServletResponse saved = mvc.perform(post("/research/observations/" + lesson.getId() + "/edit")
                .with(csrf()).with(user(person("admin"))).param("version", String.valueOf(now.getVersion()))
                .param("teacherId", String.valueOf(person("math0702").teacherId())).param("classId", String.valueOf(c72))
                .param("subjectId", String.valueOf(math)).param("topic", "第二位的修改")
                .param("lessonDate", LocalDate.now().toString()).param("plannedMinutes", "50")
                .param("dimensions", "TIME")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(service.lessonsOf(lesson.getGroupId()).stream().filter(l -> l.getId().equals(lesson.getId()))
                .findFirst().orElseThrow().getTopic()).isEqualTo("第二位的修改");
    }

    @Test
    void theEditPageIsForTheLeaderAndAnObserverCannotBecomeTheTeacher() throws Exception {
        assertThat(mvc.perform(get("/research/observations/" + lesson.getId() + "/edit").with(user(leader)))
                .andReturn().getResponse().getContentAsString()).contains("lesson-edit-form", lesson.getTopic());
        assertThat(mvc.perform(get("/research/observations/" + lesson.getId() + "/edit").with(user(observer)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        LessonForm toObserver = new LessonForm(observer.teacherId(), c72, null, math, "换人", LocalDate.now(), 40,
                null, null, null, null, null, List.of("TIME"));
        assertThatThrownBy(() -> service.update(leader, lesson.getId(), toObserver, lesson.getVersion()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("research.obs.error.teacherObserves"));
    }

    @Test
    void observersScoreTheLessonWithARubricAndAScoreOutsideItIsRefused() {
        var rubric = rubrics.all(leader.schoolId()).stream().filter(r -> r.getName().equals("课堂教学评价表"))
                .findFirst().orElseThrow();
        Map<Long, String> raw = new LinkedHashMap<>();
        rubric.getItems().forEach(i -> raw.put(i.getId(), "-1"));
        assertThatThrownBy(() -> scoring.score(observer, ObservedLessonTargets.KIND, lesson.getId(), rubric.getId(),
                raw, null, null)).isInstanceOf(RuleViolationException.class);
        assertThat(scoring.own(observer, ObservedLessonTargets.KIND, lesson.getId(), rubric.getId()).scores())
                .isEmpty();
        rubric.getItems().forEach(i -> raw.put(i.getId(), "5"));
        scoring.score(observer, ObservedLessonTargets.KIND, lesson.getId(), rubric.getId(), raw, "提问有层次", null);
        assertThat(scoring.own(observer, ObservedLessonTargets.KIND, lesson.getId(), rubric.getId()).scores())
                .hasSize(rubric.getItems().size());
        // a member who does not observe sees the results but does not score
        assertThatThrownBy(() -> scoring.score(person("math0702"), ObservedLessonTargets.KIND, lesson.getId(),
                rubric.getId(), raw, null, null)).isInstanceOf(AccessDeniedException.class);
    }
}
