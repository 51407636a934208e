package cn.hezuo.group;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.grouping.GroupingEngine;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.roster.StudentScoreRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Measurement, not a test (never run by the normal build: the name does not match surefire's patterns). Times grouping
 * a 50-student class the way the teacher does it — POST the 分组 form (engine run into a draft) and GET the preview —
 * and the engine alone under several time limits with the quality each keeps. Prints medians. Run:
 * {@code ./mvnw -o -q -pl app -am test -Dtest=GroupingPreviewMeasurement -Dsurefire.failIfNoSpecifiedTests=false}
 */
@HezuoTest
class GroupingPreviewMeasurement {

    private static final int STUDENTS = 50;
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired StudentScoreRepository scores;
    @Autowired SubjectRepository subjects;
    @Autowired ClassGroupingInputs inputs;

    @Test
    void measure() throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass template = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst().orElseThrow();
        SchoolClass big = classes.save(new SchoolClass(admin.schoolId(), template.getGradeId(),
                "测量班" + System.nanoTime() % 100000, template.getHeadTeacherId()));
        List<Subject> scored = subjects.findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(admin.schoolId()).subList(0, 3);
        Random random = new Random(50);
        for (int i = 1; i <= STUDENTS; i++) {
            Student s = students.save(new Student(admin.schoolId(), big.getId(), "M" + big.getId() + "-" + i, "学生" + i,
                    random.nextBoolean() ? Gender.M : Gender.F));
            double ability = random.nextGaussian();
            for (Subject subject : scored) {
                double z = 0.77 * ability + 0.63 * random.nextGaussian();
                scores.save(new StudentScore(s.getId(), subject.getId(),
                        BigDecimal.valueOf(Math.round(Math.max(25, Math.min(120, 90 + 15 * z)))).setScale(1)));
            }
        }
        // The form a head teacher sends most: groups of at most 6, 2:2:2 tiers, gender balanced.
        List<Long> pageMillis = new ArrayList<>();
        List<Long> postMillis = new ArrayList<>();
        for (int run = 0; run < WARMUP + RUNS; run++) {
            long start = System.nanoTime();
            MvcResult created = mvc.perform(post("/classes/" + big.getId() + "/groups").with(user(admin)).with(csrf())
                    .param("groupSize", "6").param("sizeMode", "AT_MOST").param("tierTemplate", "2:2:2")
                    .param("balanceGender", "true").param("seed", String.valueOf(run))).andReturn();
            long posted = System.nanoTime();
            String location = created.getResponse().getRedirectedUrl();
            mvc.perform(get(location).with(user(admin))).andReturn().getResponse().getContentAsString();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (run >= WARMUP) {
                pageMillis.add(millis);
                postMillis.add((posted - start) / 1_000_000);
            }
        }
        ClassGroupingInput input = inputs.load(admin.schoolId(), big.getId());
        System.out.printf("%nMEASURE form+preview, %d students, interactive limit %d ms: median %d ms (POST form %d ms),"
                        + " min %d, max %d (n=%d)%n", STUDENTS, input.interactiveTimeLimit().toMillis(), median(pageMillis),
                median(postMillis), Collections.min(pageMillis), Collections.max(pageMillis), pageMillis.size());

        GroupingForm form = new GroupingForm(6, cn.hezuo.grouping.SizeMode.AT_MOST, List.of(), "2:2:2", true, false,
                List.of(), List.of(), List.of(), false, 1L);
        for (long limit : new long[]{2000, 800, 200, 100}) {
            List<Long> engineMillis = new ArrayList<>();
            List<Double> spread = new ArrayList<>();
            List<Double> gap = new ArrayList<>();
            int limited = 0;
            for (int run = 0; run < WARMUP + RUNS; run++) {
                GroupingForm seeded = new GroupingForm(form.groupSize(), form.sizeMode(), form.subjectIds(),
                        form.tierTemplate(), true, false, List.of(), List.of(), List.of(), false, (long) run);
                long start = System.nanoTime();
                GroupingResult result = GroupingEngine.solve(input.problem(seeded, Map.of(), Map.of(),
                        Duration.ofMillis(limit)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (run >= WARMUP) {
                    engineMillis.add(millis);
                    spread.add(result.balance().sdOfGroupMeans());
                    gap.add(result.balance().maxMeanGapSd());
                    limited += result.stats().timeLimitReached() ? 1 : 0;
                }
            }
            System.out.printf("MEASURE engine, %d students, limit %4d ms: median %d ms, max %d; time limit hit %d/%d;"
                            + " SD of group means median %.4f SD (worst %.4f); max mean gap median %.4f SD%n",
                    STUDENTS, limit, median(engineMillis), Collections.max(engineMillis), limited, RUNS,
                    medianD(spread), Collections.max(spread), medianD(gap));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianD(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
