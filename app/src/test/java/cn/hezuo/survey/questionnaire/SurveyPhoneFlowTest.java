package cn.hezuo.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A student answers on the phone pages: the home card, one question per screen, resume, submit once. */
@HezuoTest
class SurveyPhoneFlowTest {

    @Autowired MockMvc mvc;
    @Autowired SurveyService surveys;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void studentAnswersOneQuestionPerScreenResumesAndSubmitsOnce() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0802");
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst()
                .orElseThrow().getId();
        String title = "手机作答-" + UUID.randomUUID().toString().substring(0, 8);
        Survey survey = surveys.create(head, new SurveyForm(title, true, SurveyPhase.ONCE, null,
                LocalDate.now(clock), LocalDate.now(clock).plusDays(2), List.of(classId), List.of("attitude.math", "speaking.active")));
        List<SurveyQuestion> questions = surveys.questions(survey.getId());
        HezuoUser student = (HezuoUser) users.loadUserByUsername("080201");
        String url = "/me/surveys/" + survey.getId();

        assertThat(page("/me", student)).contains(title).contains(url);
        assertThat(page(url, student)).contains("第 1 题，共 2 题").contains("你喜欢学习数学吗？");
        mvc.perform(post(url + "/answers").with(user(student)).with(csrf())
                        .param("questionId", String.valueOf(questions.get(0).getId())).param("index", "1").param("option", "1"))
                .andExpect(status().is3xxRedirection());
        // coming back later resumes at the first unanswered question
        assertThat(page(url, student)).contains("第 2 题，共 2 题").contains("课堂上你回答问题的积极性怎样？");
        mvc.perform(post(url + "/answers").with(user(student)).with(csrf())
                        .param("questionId", String.valueOf(questions.get(1).getId())).param("index", "2").param("option", "0"))
                .andExpect(status().is3xxRedirection());
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(url + "/submit").with(user(student)).with(csrf())).andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
                survey.getId())).isEqualTo(1);
        assertThat(page(url, student)).contains("你的答卷已提交");
        assertThat(page("/me", student)).doesNotContain(url);
    }

    @Test
    void aTwoOptionAnswerToASingleChoiceQuestionIsRefusedInChinese() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0802");
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst()
                .orElseThrow().getId();
        Survey survey = surveys.create(head, new SurveyForm("单选-" + UUID.randomUUID().toString().substring(0, 8), true,
                SurveyPhase.ONCE, null, LocalDate.now(clock), LocalDate.now(clock), List.of(classId), List.of("attitude.math")));
        HezuoUser student = (HezuoUser) users.loadUserByUsername("080202");
        String body = mvc.perform(post("/me/surveys/" + survey.getId() + "/answers").with(user(student)).with(csrf())
                        .param("questionId", String.valueOf(surveys.questions(survey.getId()).get(0).getId()))
                        .param("index", "1").param("option", "0").param("option", "2"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("这道题只能选一个选项");
    }

    private String page(String url, HezuoUser as) throws Exception {
        return mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
