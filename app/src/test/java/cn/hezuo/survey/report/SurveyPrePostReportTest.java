package cn.hezuo.survey.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyAnswering;
import cn.hezuo.survey.questionnaire.SurveyForm;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyQuestion;
import cn.hezuo.survey.questionnaire.SurveyService;
import cn.hezuo.survey.stats.HomogeneityTest;
import cn.hezuo.survey.stats.PrePostTable;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The 前测/后测 comparison: the demo's named pair gets the paired test, an anonymous pair the chi-square. */
@HezuoTest
class SurveyPrePostReportTest {

    @Autowired PrePostReport reports;
    @Autowired SurveyService surveys;
    @Autowired SurveyAnswering answering;
    @Autowired RosterQuery roster;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @Test
    void theDemoNamedPrePostGetsThePairedTestAndTheDocumentsTable() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        Survey post = surveys.visibleTo(head).stream().filter(s -> s.getPhase() == SurveyPhase.POST
                && s.getTitle().equals("小组合作学习问卷（后测）")).findFirst().orElseThrow();
        PrePostReport.Report report = reports.of(head, post.getId());
        assertThat(report.questions()).hasSize(6);
        PrePostReport.QuestionComparison first = report.questions().get(0);
        assertThat(first.test()).isEqualTo(PrePostReport.TestKind.PAIRED);
        // everyone but seats 1 and 2 of the three classes answered both times
        long expectedPairs = 0;
        for (String name : List.of("七年级1班", "七年级2班", "七年级3班")) {
            expectedPairs += roster.roster(classId(name), false, RosterQuery.SortOrder.STUDENT_NO).size() - 2;
        }
        assertThat(first.paired().pairs()).isEqualTo(expectedPairs);
        // 比差 is post % − pre % per option, and each column sums to 100 % for a single-choice question
        PrePostTable table = first.table();
        assertThat(table.rows().stream().mapToDouble(PrePostTable.Row::prePercent).sum()).isCloseTo(100, within(1e-9));
        for (PrePostTable.Row row : table.rows()) {
            assertThat(row.difference()).isCloseTo(row.postPercent() - row.prePercent(), within(1e-12));
        }
        assertThat(report.questions().get(5).test()).isEqualTo(PrePostReport.TestKind.NONE);
        String page = mvc.perform(get("/surveys/" + post.getId() + "/prepost").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("前测与后测对比").contains("比差").contains("Wilcoxon");
    }

    @Test
    void anAnonymousPrePostGetsTheChiSquareOfHomogeneity() {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0801");
        long classId = classId("八年级1班");
        LocalDate today = LocalDate.now(clock);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Survey pre = surveys.create(head, new SurveyForm("匿名前测-" + suffix, true, SurveyPhase.PRE, null, today,
                today.plusDays(1), List.of(classId), List.of("attitude.math")));
        Survey post = surveys.create(head, new SurveyForm("匿名后测-" + suffix, true, SurveyPhase.POST, pre.getId(),
                today, today.plusDays(1), List.of(classId), List.of()));
        List<HezuoUser> students = new ArrayList<>();
        for (RosterRow row : roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO)) {
            if (row.hasAccount() && students.size() < 12) {
                students.add((HezuoUser) users.loadUserByUsername(row.student().getStudentNo()));
            }
        }
        // before: 2 × 喜欢, 6 × 一般, 4 × 不喜欢; after: 8 × 喜欢, 3 × 一般, 1 × 不喜欢
        int[] before = {0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2};
        int[] after = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
        for (int i = 0; i < students.size(); i++) {
            answer(students.get(i), pre, before[i]);
            answer(students.get(i), post, after[i]);
        }
        PrePostReport.QuestionComparison c = reports.of(head, post.getId()).questions().get(0);
        assertThat(c.test()).isEqualTo(PrePostReport.TestKind.HOMOGENEITY);
        assertThat(c.table().rows().get(0).difference()).isCloseTo(100.0 * 8 / 12 - 100.0 * 2 / 12, within(1e-9));
        HomogeneityTest expected = HomogeneityTest.of(new long[] {2, 6, 4}, new long[] {8, 3, 1});
        assertThat(c.homogeneity().chiSquare()).isCloseTo(expected.chiSquare(), within(1e-12));
        // 24 answers in 6 cells: expected counts below 5, so the exact p is reported
        assertThat(c.homogeneity().method()).isEqualTo(HomogeneityTest.Method.EXACT);
        assertThat(c.sentenceArgs()).contains("喜欢");
    }

    private void answer(HezuoUser student, Survey survey, int option) {
        SurveyQuestion q = surveys.questions(survey.getId()).get(0);
        answering.answer(student, survey.getId(), q.getId(), List.of(option), null);
        answering.submit(student, survey.getId());
    }

    private long classId(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
