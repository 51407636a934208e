package cn.hezuo.research.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sync of the live tool's taps: a batch sent twice counts once, a queue replayed after a lost answer stores only what
 * is new, refusals come back in Chinese with the rest kept, only the lesson's observers record; and the demo's
 * experimental and control lessons give the school document's figures through {@link ObservationFigures}.
 */
@HezuoTest
class ObservationSyncTest {

    @Autowired ObservationService service;
    @Autowired ObservationFigures figures;
    @Autowired ResearchAccess researchAccess;
    @Autowired SchoolSetupService school;
    @Autowired StudentDirectory students;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    private HezuoUser leader;
    private HezuoUser observer;
    private long lessonId;
    private List<Long> classStudents;
    private static int lessons;

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
        SchoolClass c72 = school.classes(admin.schoolId()).stream().filter(c -> c.getName().equals("七年级2班"))
                .findFirst().orElseThrow();
        long math = school.subjects(admin.schoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        ObservedLesson lesson = service.create(leader, group.getId(), new LessonForm(person("math0702").teacherId(),
                c72.getId(), null, math, "同步测试课" + (++lessons), LocalDate.now(), 40, null, null, null, null, null,
                List.of("PARTICIPATION")));
        lessonId = lesson.getId();
        service.assign(leader, lessonId, observer.teacherId(), List.of("PARTICIPATION", "TIME"));
        classStudents = students.activeOfClass(c72.getId()).stream().map(s -> s.getId()).sorted().toList();
    }

    private List<EventIn> speaking(String prefix, int from, int count) {
        List<EventIn> batch = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            batch.add(new EventIn(prefix + i, "SPEAK", null, 1000L * i, null, classStudents.get(i % 10), null, null,
                    null, null));
        }
        return batch;
    }

    @Test
    void aBatchSentTwiceIsStoredOnceAndCountsOnce() {
        List<EventIn> batch = speaking("twice-", 0, 30);
        ObservationService.Synced first = service.sync(observer, lessonId, batch);
        ObservationService.Synced again = service.sync(observer, lessonId, batch);

        assertThat(first.stored()).hasSize(30);
        assertThat(again.stored()).isEmpty();
        assertThat(again.duplicates()).hasSize(30);
        ObservationReport report = service.report(lessonId);
        assertThat(report.totalTurns()).isEqualTo(30);
        assertThat(report.distinctSpeakers()).isEqualTo(10);
    }

    @Test
    void aQueueReplayedAfterTheConnectionDroppedStoresOnlyWhatIsNew() {
        // The first batch reached the server but its answer was lost; the phone kept recording offline and then sent
        // its whole queue: the old taps and the new ones, with the same ids.
        service.sync(observer, lessonId, speaking("q-", 0, 12));
        List<EventIn> replay = new ArrayList<>(speaking("q-", 0, 12));
        replay.addAll(speaking("q-", 12, 8));
        ObservationService.Synced synced = service.sync(observer, lessonId, replay);

        assertThat(synced.stored()).hasSize(8);
        assertThat(synced.duplicates()).hasSize(12);
        assertThat(service.report(lessonId).totalTurns()).isEqualTo(20);
        assertThat(service.myEvents(observer, lessonId)).hasSize(20);
    }

    @Test
    void overHttpARetryCountsOnceAndARefusalIsExplainedInChinese() throws Exception {
        List<EventIn> batch = new ArrayList<>(speaking("http-", 0, 3));
        batch.add(new EventIn("http-bad", "EXERCISE", null, 5000L, null, null, 31, 30, null, null));
        batch.add(new EventIn("http-code", "ACTIVITY", "NAP", 6000L, null, null, null, null, null, null));
        String body = json.writeValueAsString(batch);
        String url = "/research/observations/" + lessonId + "/events";
        mvc.perform(post(url).with(csrf()).with(user(users.loadUserByUsername("eng0802")))
                        .locale(Locale.SIMPLIFIED_CHINESE).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.length()").value(3))
                .andExpect(jsonPath("$.refused[0].id").value("http-bad"))
                .andExpect(jsonPath("$.refused[0].message").value("正确人数（31）不能大于总人数（30）。"))
                .andExpect(jsonPath("$.refused[1].message").value("未知的代码：NAP。"));
        mvc.perform(post(url).with(csrf()).with(user(users.loadUserByUsername("eng0802")))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(batch.subList(0, 3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.length()").value(0))
                .andExpect(jsonPath("$.duplicates.length()").value(3));
        assertThat(service.report(lessonId).totalTurns()).isEqualTo(3);
    }

    @Test
    void onlyTheLessonsObserversRecordAndAnObserverWithDataStays() {
        assertThatThrownBy(() -> service.sync(person("math0703"), lessonId, speaking("x-", 0, 1)))
                .isInstanceOf(AccessDeniedException.class);
        service.sync(observer, lessonId, speaking("stay-", 0, 1));
        assertThatThrownBy(() -> service.unassign(leader, lessonId, observer.teacherId()))
                .isInstanceOf(RuleViolationException.class).extracting("messageKey")
                .isEqualTo("research.obs.error.hasRecords");
        assertThatThrownBy(() -> service.assign(leader, lessonId, person("math0702").teacherId(), List.of("TIME")))
                .isInstanceOf(RuleViolationException.class).extracting("messageKey")
                .isEqualTo("research.obs.error.selfObserve");
    }

    @Test
    void theDemosExperimentalAndControlLessonsGiveTheDocumentsFigures() {
        List<ObservationFigures.Figures> rows = figures.experimentLessons(person("admin").schoolId());
        ObservationFigures.Figures experimental = rows.stream().filter(r -> "EXPERIMENTAL".equals(r.label()))
                .findFirst().orElseThrow();
        ObservationFigures.Figures control = rows.stream().filter(r -> "CONTROL".equals(r.label())).findFirst()
                .orElseThrow();
        assertThat(Math.round(experimental.lectureMinutes())).isEqualTo(10);
        assertThat(Math.round(control.lectureMinutes())).isEqualTo(22);
        assertThat(experimental.distinctSpeakers()).isEqualTo(23);
        assertThat(control.distinctSpeakers()).isEqualTo(16);
        assertThat(experimental.discussionMinutes()).isGreaterThan(control.discussionMinutes());
        assertThat(experimental.accuracy()).isGreaterThan(control.accuracy());
    }
}
