package cn.hezuo.research.observation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.testsupport.HezuoTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Measurement, not a test (the name matches no surefire pattern, so the build never runs it): one observer's 3,000
 * taps of one lesson synced in one request — JSON in, checks, the batch insert, the audit line, JSON out — through the
 * whole MVC and security stack on the embedded database; then the same request again (all duplicates). Fresh lesson
 * per run; prints the median of 7 runs after 2 warm-ups. Run with {@code app/bench/observation-bench.sh}.
 */
@HezuoTest
class ObservationSyncMeasurement {

    private static final int TAPS = 3000;
    private static final int RUNS = 7;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ObservationService service;
    @Autowired ResearchAccess researchAccess;
    @Autowired SchoolSetupService school;
    @Autowired StudentDirectory students;
    @Autowired UserDetailsService users;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void syncThreeThousandTapsOfOneLesson() throws Exception {
        try (java.sql.Connection c = dataSource.getConnection()) {
            System.out.printf("observation sync database: %s %s (%s)%n", c.getMetaData().getDatabaseProductName(),
                    c.getMetaData().getDatabaseProductVersion(), c.getMetaData().getURL().replaceAll(";.*", ""));
        }
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        HezuoUser leader = (HezuoUser) users.loadUserByUsername("math0701");
        UserDetails observerDetails = users.loadUserByUsername("eng0801");
        HezuoUser observer = (HezuoUser) observerDetails;
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        SchoolClass c71 = school.classes(admin.schoolId()).stream().filter(c -> c.getName().equals("七年级1班"))
                .findFirst().orElseThrow();
        long math = school.subjects(admin.schoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        List<Long> ids = students.activeOfClass(c71.getId()).stream().map(s -> s.getId()).sorted().toList();

        List<Long> first = new ArrayList<>();
        List<Long> replay = new ArrayList<>();
        for (int run = 0; run < RUNS + 2; run++) {
            long lessonId = service.create(leader, group.getId(), new LessonForm(leader.teacherId(), c71.getId(), null,
                    math, "同步基准" + run + "-" + System.nanoTime(), LocalDate.now(), 45, null, null, null, null,
                    null, List.of("TIME"))).getId();
            service.assign(leader, lessonId, observer.teacherId(), List.of("TIME", "PARTICIPATION"));
            String body = json.writeValueAsString(lesson(run, ids));
            String url = "/research/observations/" + lessonId + "/events";
            long t0 = System.nanoTime();
            MvcResult result = mvc.perform(post(url).with(csrf()).with(user(observerDetails))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
            long t1 = System.nanoTime();
            mvc.perform(post(url).with(csrf()).with(user(observerDetails))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
            long t2 = System.nanoTime();
            if (result.getResponse().getStatus() != 200 || service.myEvents(observer, lessonId).size() != TAPS) {
                throw new IllegalStateException("sync failed: " + result.getResponse().getContentAsString());
            }
            if (run >= 2) {
                first.add((t1 - t0) / 1_000_000);
                replay.add((t2 - t1) / 1_000_000);
            }
        }
        System.out.printf("observation sync of %d taps, %d runs: median %d ms (min %d, max %d);"
                        + " the same batch again (all duplicates): median %d ms%n", TAPS, RUNS, median(first),
                Collections.min(first), Collections.max(first), median(replay));
    }

    /** A busy 45-minute lesson: activity changes, speakers, questions with answers, exercise checks, notes. */
    private static List<EventIn> lesson(int run, List<Long> students) {
        List<EventIn> taps = new ArrayList<>();
        String[] codes = {"LECTURE", "QA", "GROUP", "SHOW", "PRACTICE", "OTHER"};
        String[] types = {"RECALL", "UNDERSTAND", "APPLY", "OPEN"};
        taps.add(new EventIn("r" + run + "-0", "START", null, 0L, null, null, null, null, null, null));
        long at = 0;
        for (int i = 1; taps.size() < TAPS - 1; i++) {
            at += 800;
            String id = "r" + run + "-" + i;
            switch (i % 10) {
                case 0 -> taps.add(new EventIn(id, "ACTIVITY", codes[(i / 10) % codes.length], at, null, null, null,
                        null, null, null));
                case 1, 2, 3, 4 -> taps.add(new EventIn(id, "SPEAK", null, at, null, students.get(i % students.size()),
                        null, null, null, null));
                case 5 -> taps.add(new EventIn(id, "QUESTION", types[i % 4], at, null, null, null, null, null, null));
                case 6 -> taps.add(new EventIn(id, "ANSWER", null, at, null, null, null, null,
                        "r" + run + "-" + (i - 1), null));
                case 7 -> taps.add(new EventIn(id, "EXERCISE", null, at, null, null, 7, 9, null, null));
                case 8 -> taps.add(new EventIn(id, "NOTE", null, at, null, null, null, null, null, "第" + i + "条笔记"));
                default -> taps.add(new EventIn(id, "SPEAK", "NEW", at, null, null, null, null, null, null));
            }
        }
        taps.add(new EventIn("r" + run + "-end", "END", null, at + 1000, null, null, null, null, null, null));
        return taps;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
