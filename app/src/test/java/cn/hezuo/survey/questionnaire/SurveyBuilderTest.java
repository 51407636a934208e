package cn.hezuo.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The free-question builder: own questions of every kind, reordering, and frozen once anyone answered. */
@HezuoTest
class SurveyBuilderTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyBuilder builder;
    @Autowired SurveyAnswering answering;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    private HezuoUser signedIn(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private Survey newSurvey(HezuoUser head, String className) {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals(className)).findFirst()
                .orElseThrow().getId();
        LocalDate today = LocalDate.now(clock);
        return surveys.create(head, new SurveyForm("自编问卷-" + UUID.randomUUID().toString().substring(0, 6), true,
                SurveyPhase.ONCE, null, today, today.plusDays(5), List.of(classId), List.of("attitude.math")));
    }

    @Test
    void aTeacherAddsOwnQuestionsOfEveryKindAndReordersThem() throws Exception {
        HezuoUser head = signedIn("head0801");
        Survey survey = newSurvey(head, "八年级1班");
        mvc.perform(post("/surveys/" + survey.getId() + "/questions").with(user(head)).with(csrf())
                        .param("section", "课堂").param("kind", "LIKERT").param("points", "5")
                        .param("prompt", "我在小组里敢于发言。")
                        .param("options", "非常符合\n比较符合\n一般\n不太符合\n很不符合"))
                .andExpect(status().is3xxRedirection());
        builder.add(head, survey.getId(), new QuestionForm("", QuestionKind.MULTIPLE, "你在小组里担任过哪些角色？", null,
                "组长\n记录员\n汇报员"));
        builder.add(head, survey.getId(), new QuestionForm(null, QuestionKind.RATING, "给这节课打分", 7, null));
        builder.add(head, survey.getId(), new QuestionForm(null, QuestionKind.TEXT, "还有什么想说的？", null, "x"));
        List<SurveyQuestion> list = surveys.questions(survey.getId());
        assertThat(list).extracting(SurveyQuestion::getKind).containsExactly(QuestionKind.LIKERT, QuestionKind.LIKERT,
                QuestionKind.MULTIPLE, QuestionKind.RATING, QuestionKind.TEXT);
        assertThat(list.get(1).getOptions()).hasSize(5);
        assertThat(list.get(1).getSection()).isEqualTo("课堂");
        assertThat(list.get(3).getOptions()).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(list.get(4).getOptions()).isEmpty();
        // the last one moves up to first place, one step at a time
        long text = list.get(4).getId();
        for (int i = 0; i < 5; i++) {
            builder.move(head, survey.getId(), text, -1);
        }
        assertThat(surveys.questions(survey.getId()).get(0).getId()).isEqualTo(text);
        String page = mvc.perform(get("/surveys/" + survey.getId() + "/questions").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("我在小组里敢于发言。").contains("添加自己的题目");
    }

    @Test
    void aLikertScaleNeedsAsManyLabelsAsPointsAndSaysSoInChinese() throws Exception {
        HezuoUser head = signedIn("head0801");
        Survey survey = newSurvey(head, "八年级1班");
        String refused = mvc.perform(post("/surveys/" + survey.getId() + "/questions").with(user(head)).with(csrf())
                        .param("kind", "LIKERT").param("points", "5").param("prompt", "我喜欢小组合作。")
                        .param("options", "喜欢\n一般\n不喜欢"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("5 级量表需要 5 个标签");
        assertThatThrownBy(() -> builder.add(head, survey.getId(), new QuestionForm(null, QuestionKind.SINGLE, "题",
                null, "同一个\n同一个"))).isInstanceOf(RuleViolationException.class);
        assertThat(surveys.questions(survey.getId())).hasSize(1);
    }

    @Test
    void onceAStudentHasAnsweredTheQuestionsAreFrozenWithAClearMessage() throws Exception {
        HezuoUser head = signedIn("head0801");
        Survey survey = newSurvey(head, "八年级1班");
        long question = surveys.questions(survey.getId()).get(0).getId();
        answering.answer(signedIn("080105"), survey.getId(), question, List.of(0), null);
        String refused = mvc.perform(post("/surveys/" + survey.getId() + "/questions").with(user(head)).with(csrf())
                        .param("kind", "SINGLE").param("prompt", "新题").param("options", "是\n否"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("题目不能再改");
        String page = mvc.perform(get("/surveys/" + survey.getId() + "/questions").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"frozen\"").doesNotContain("id=\"question-form\"");
    }

    @Test
    void onlyTheCreatorOrTheAdminEditsQuestions() throws Exception {
        Survey survey = newSurvey(signedIn("head0801"), "八年级1班");
        mvc.perform(get("/surveys/" + survey.getId() + "/questions").with(user(signedIn("math0801"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + survey.getId() + "/questions").with(user(signedIn("admin"))))
                .andExpect(status().isOk());
    }
}
