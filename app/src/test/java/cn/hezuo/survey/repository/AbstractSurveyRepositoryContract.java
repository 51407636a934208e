package cn.hezuo.survey.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyAnswering;
import cn.hezuo.survey.questionnaire.SurveyForm;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyResults;
import cn.hezuo.survey.questionnaire.SurveyService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The survey tables on each database (V40 migrated, the demo's 前测/后测 loaded): anonymous responses keep no student
 * and no time, the participation key refuses a second submission, and the counts come out the same.
 */
abstract class AbstractSurveyRepositoryContract {

    @Autowired SurveyService surveys;
    @Autowired SurveyAnswering answering;
    @Autowired SurveyResults results;
    @Autowired ClassAccess classAccess;
    @Autowired RosterQuery roster;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theDemoPrePostIsLoadedWithNamedAnswers() {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        Survey post = surveys.visibleTo(head).stream().filter(s -> s.getPhase() == SurveyPhase.POST).findFirst()
                .orElseThrow();
        List<SurveyResults.Rate> rates = results.rates(head, post.getId());
        assertThat(rates).hasSize(3);
        assertThat(rates).allMatch(r -> r.responses() == r.students() - 2);
        assertThat(results.namedAnswers(head, post.getPreId())).hasSizeGreaterThan(results.namedAnswers(head,
                post.getId()).size());
    }

    @Test
    void anAnonymousSubmissionStoresNoStudentAndASecondParticipationIsRefused() {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0802");
        SchoolClass schoolClass = classAccess.viewable(head).stream().filter(c -> c.getName().equals("八年级2班"))
                .findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Survey survey = surveys.create(head, new SurveyForm("数据库契约", true, SurveyPhase.ONCE, null, today,
                today.plusDays(1), List.of(schoolClass.getId()), List.of("attitude.math")));
        RosterRow row = roster.roster(schoolClass.getId(), false, RosterQuery.SortOrder.STUDENT_NO).get(5);
        HezuoUser student = (HezuoUser) users.loadUserByUsername(row.student().getStudentNo());
        long question = surveys.questions(survey.getId()).get(0).getId();
        answering.answer(student, survey.getId(), question, List.of(2), null);
        assertThat(answering.submit(student, survey.getId())).isEqualTo(SurveyAnswering.Submitted.NOW);
        assertThat(answering.submit(student, survey.getId())).isEqualTo(SurveyAnswering.Submitted.ALREADY);
        Map<String, Object> stored = jdbc.queryForMap("select * from survey_response where survey_id = ?",
                survey.getId());
        assertThat(stored.get("student_id")).isNull();
        assertThat(stored.get("submitted_at")).isNull();
        assertThatThrownBy(() -> jdbc.update("insert into survey_participation (survey_id, student_id) values (?, ?)",
                survey.getId(), row.student().getId())).isInstanceOf(DataIntegrityViolationException.class);
    }
}
