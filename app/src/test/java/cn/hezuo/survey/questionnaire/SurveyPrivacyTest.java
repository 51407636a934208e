package cn.hezuo.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Anonymity of surveys: what is stored for an anonymous submission holds nothing that joins it to the student (no
 * column, no time, no ordered id, no audit reference, no draft left behind), a submission counts once, a class with
 * fewer than 5 respondents is not broken down, and a named survey shows a student only their own answers.
 */
@HezuoTest
class SurveyPrivacyTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyAnswering answering;
    @Autowired SurveyResults results;
    @Autowired RosterQuery roster;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    private HezuoUser head;
    private long classId;
    private List<HezuoUser> students;

    @BeforeEach
    void aClassWithItsHeadTeacher() {
        head = (HezuoUser) users.loadUserByUsername("head0803");
        classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst().orElseThrow().getId();
        students = new ArrayList<>();
        for (RosterRow row : roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO)) {
            if (row.hasAccount()) {
                students.add((HezuoUser) users.loadUserByUsername(row.student().getStudentNo()));
            }
        }
        assertThat(students).hasSizeGreaterThanOrEqualTo(6);
    }

    private Survey survey(boolean anonymous) {
        return surveys.create(head, new SurveyForm("隐私测试-" + UUID.randomUUID().toString().substring(0, 8), anonymous,
                SurveyPhase.ONCE, null, LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusDays(3), List.of(classId),
                List.of("attitude.math", "open.suggestion")));
    }

    private void answerAndSubmit(Survey survey, HezuoUser student, int option, String text) {
        List<SurveyQuestion> questions = surveys.questions(survey.getId());
        answering.answer(student, survey.getId(), questions.get(0).getId(), List.of(option), null);
        answering.answer(student, survey.getId(), questions.get(1).getId(), null, text);
        assertThat(answering.submit(student, survey.getId())).isEqualTo(SurveyAnswering.Submitted.NOW);
    }

    @Test
    void anonymousResponseStoresNoStudentNoTimeAndARandomId() throws Exception {
        Survey survey = survey(true);
        for (int i = 0; i < 3; i++) {
            answerAndSubmit(survey, students.get(i), i % 3, "建议" + i);
        }
        List<Map<String, Object>> rows = jdbc.queryForList("select * from survey_response where survey_id = ?",
                survey.getId());
        assertThat(rows).hasSize(3);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("student_id")).isNull();
            assertThat(row.get("submitted_at")).isNull();
            UUID id = UUID.fromString((String) row.get("id"));
            assertThat(id.version()).as("a random (version 4) UUID, not ordered by time").isEqualTo(4);
            for (HezuoUser s : students) {
                assertThat((String) row.get("answers")).doesNotContain(String.valueOf(s.studentId()));
            }
        }
        // the participation table has exactly (survey, student): no id, no time to join on
        List<String> columns = jdbc.query("select * from survey_participation where survey_id = ?", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                names.add(meta.getColumnLabel(c).toLowerCase());
            }
            return names;
        }, survey.getId());
        assertThat(columns).containsExactlyInAnyOrder("survey_id", "student_id");
        // drafts are gone with the submission
        assertThat(jdbc.queryForObject("select count(*) from survey_draft where survey_id = ?", Integer.class,
                survey.getId())).isZero();
        // the audit names the survey, never a response id or an answer
        List<Map<String, Object>> audit = jdbc.queryForList(
                "select entity_id, summary from audit_log where entity_type = 'Survey' and entity_id = ? order by id",
                String.valueOf(survey.getId()));
        assertThat(audit).hasSize(4);
        for (Map<String, Object> line : audit) {
            for (Map<String, Object> row : rows) {
                assertThat((String) line.get("summary")).doesNotContain((String) row.get("id"))
                        .doesNotContain("建议");
            }
        }
        for (Map<String, Object> row : rows) {
            assertThat(jdbc.queryForObject("select count(*) from audit_log where summary like ? or entity_id = ?",
                    Integer.class, "%" + row.get("id") + "%", row.get("id"))).isZero();
        }
    }

    @Test
    void aRetryAfterSubmittingWritesNothing() {
        Survey survey = survey(true);
        answerAndSubmit(survey, students.get(0), 0, null);
        assertThat(answering.submit(students.get(0), survey.getId())).isEqualTo(SurveyAnswering.Submitted.ALREADY);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
                survey.getId())).isEqualTo(1);
        assertThatThrownBy(() -> answering.answer(students.get(0), survey.getId(),
                surveys.questions(survey.getId()).get(0).getId(), List.of(1), null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(answering.openFor(students.get(0))).extracting(Survey::getId).doesNotContain(survey.getId());
    }

    @Test
    void aClassWithFewerThanFiveRespondentsIsNotBrokenDown() {
        Survey survey = survey(true);
        long question = surveys.questions(survey.getId()).get(0).getId();
        for (int i = 0; i < 4; i++) {
            answerAndSubmit(survey, students.get(i), 0, null);
        }
        SurveyResults.GroupCounts four = results.counts(head, survey.getId()).get(0);
        assertThat(four.responses()).isEqualTo(4);
        assertThat(four.withheld()).isTrue();
        assertThat(four.questions().get(question).counts()).isNull();
        answerAndSubmit(survey, students.get(4), 2, null);
        SurveyResults.GroupCounts five = results.counts(head, survey.getId()).get(0);
        assertThat(five.withheld()).isFalse();
        assertThat(five.questions().get(question).counts()).containsExactly(4, 0, 1);
        assertThat(results.rates(head, survey.getId()).get(0).responses()).isEqualTo(5);
    }

    @Test
    void aStudentSeesOnlyOwnNamedAnswersAndNoneOfAnAnonymousSurvey() {
        Survey named = survey(false);
        answerAndSubmit(named, students.get(0), 0, null);
        answerAndSubmit(named, students.get(1), 2, null);
        long question = surveys.questions(named.getId()).get(0).getId();
        assertThat(answering.ownAnswers(students.get(0), named.getId()).orElseThrow().choices().get(question))
                .containsExactly(0);
        assertThat(answering.ownAnswers(students.get(1), named.getId()).orElseThrow().choices().get(question))
                .containsExactly(2);
        Survey anonymous = survey(true);
        answerAndSubmit(anonymous, students.get(0), 1, null);
        assertThat(answering.ownAnswers(students.get(0), anonymous.getId())).isEmpty();
    }

    @Test
    void anUnansweredChoiceQuestionBlocksTheSubmissionNamingIt() {
        Survey survey = survey(true);
        assertThatThrownBy(() -> answering.submit(students.get(5), survey.getId()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "survey.error.unanswered");
        assertThat(answering.hasSubmitted(survey.getId(), students.get(5).studentId())).isFalse();
    }
}
