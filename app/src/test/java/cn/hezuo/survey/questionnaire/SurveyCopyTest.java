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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 复制为新问卷: same sections and questions, no answers, editable again, audited; bad input writes nothing. */
@HezuoTest
class SurveyCopyTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyBuilder builder;
    @Autowired SurveyAnswering answering;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private HezuoUser signedIn(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private long classId(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An answered survey of 八年级1班 by its head teacher, with a section and an own question of each kind. */
    private Survey answeredSurvey(HezuoUser head) {
        LocalDate today = LocalDate.now(clock);
        Survey survey = surveys.create(head, new SurveyForm(unique("复制源问卷"), false, SurveyPhase.PRE, null, today,
                today.plusDays(5), List.of(classId("八年级1班")), List.of("attitude.math")));
        builder.add(head, survey.getId(), new QuestionForm("课堂", QuestionKind.MULTIPLE, "你在小组里担任过哪些角色？",
                null, "组长\n记录员\n汇报员"));
        builder.add(head, survey.getId(), new QuestionForm("课后", QuestionKind.TEXT, "还有什么想说的？", null, null));
        HezuoUser student = signedIn("080106");
        for (SurveyQuestion q : surveys.questions(survey.getId())) {
            if (q.getKind() != QuestionKind.TEXT) {
                answering.answer(student, survey.getId(), q.getId(), List.of(0), null);
            }
        }
        answering.submit(student, survey.getId());
        assertThat(builder.frozenReason(survey)).isNotNull();
        return survey;
    }

    @Test
    void aTeacherWhoMaySeeAnAnsweredSurveyCopiesItsQuestionsIntoAnEditableSurveyWithoutAnswers() throws Exception {
        HezuoUser head = signedIn("head0801");
        Survey source = answeredSurvey(head);
        HezuoUser math = signedIn("math0801");
        String title = unique("复制后的问卷");
        LocalDate opens = LocalDate.now(clock).plusDays(1);
        String location = mvc.perform(post("/surveys/" + source.getId() + "/copy").with(user(math)).with(csrf())
                        .param("title", title).param("opensOn", opens.toString())
                        .param("closesOn", opens.plusDays(6).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long copyId = Long.parseLong(location.replaceAll("^/surveys/(\\d+)/questions$", "$1"));
        assertThat(copyId).isNotEqualTo(source.getId());
        Survey copy = surveys.require(math, copyId);
        assertThat(copy.getTitle()).isEqualTo(title);
        assertThat(copy.getCreatedBy()).isEqualTo("math0801");
        assertThat(copy.getPhase()).isEqualTo(SurveyPhase.PRE);
        assertThat(copy.isAnonymous()).isFalse();
        assertThat(copy.getOpensOn()).isEqualTo(opens);
        assertThat(copy.getClosesOn()).isEqualTo(opens.plusDays(6));
        assertThat(copy.getClassIds()).containsExactly(classId("八年级1班"));
        List<SurveyQuestion> original = surveys.questions(source.getId());
        List<SurveyQuestion> copied = surveys.questions(copyId);
        assertThat(copied).extracting(SurveyQuestion::getPrompt)
                .containsExactlyElementsOf(original.stream().map(SurveyQuestion::getPrompt).toList());
        assertThat(copied).extracting(SurveyQuestion::getSection)
                .containsExactlyElementsOf(original.stream().map(SurveyQuestion::getSection).toList());
        assertThat(copied).extracting(SurveyQuestion::getKind)
                .containsExactlyElementsOf(original.stream().map(SurveyQuestion::getKind).toList());
        assertThat(copied).extracting(SurveyQuestion::getOptions)
                .containsExactlyElementsOf(original.stream().map(SurveyQuestion::getOptions).toList());
        assertThat(copied).extracting(SurveyQuestion::getId)
                .doesNotContainAnyElementsOf(original.stream().map(SurveyQuestion::getId).toList());
        for (String table : List.of("survey_response", "survey_participation", "survey_draft")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where survey_id = ?", Integer.class,
                    copyId)).as(table).isZero();
        }
        // editable: not frozen, its creator adds a question, and the source keeps its answer
        assertThat(builder.frozenReason(copy)).isNull();
        builder.add(math, copyId, new QuestionForm(null, QuestionKind.SINGLE, "新加的题", null, "是\n否"));
        assertThat(surveys.questions(copyId)).hasSize(original.size() + 1);
        // the source keeps its answer sheet and its participation row
        assertThat(builder.answers(source.getId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select summary from audit_log where entity_type = 'Survey' and entity_id = ?"
                + " and action = 'CREATE' and actor = 'math0801'", String.class, String.valueOf(copyId)))
                .contains(source.getTitle()).contains(title);
        String page = mvc.perform(get("/surveys/" + copyId + "/questions").with(user(math)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("你在小组里担任过哪些角色？").contains("添加自己的题目");
    }

    @Test
    void theSurveyPageOffersTheCopyWithATitleAndAWindowFromTomorrow() throws Exception {
        HezuoUser head = signedIn("head0801");
        LocalDate today = LocalDate.now(clock);
        Survey survey = surveys.create(head, new SurveyForm(unique("带复制按钮的问卷"), true, SurveyPhase.ONCE, null,
                today, today.plusDays(5), List.of(classId("八年级1班")), List.of("attitude.math")));
        String page = mvc.perform(get("/surveys/" + survey.getId()).with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("复制为新问卷").contains(survey.getTitle() + "（副本）")
                .contains("value=\"" + today.plusDays(1) + "\"");
    }

    @Test
    void aCopiedPostSurveyIsASurveyGivenOnceSoItsQuestionsCanChange() {
        HezuoUser head = signedIn("head0801");
        LocalDate today = LocalDate.now(clock);
        Survey pre = surveys.create(head, new SurveyForm(unique("前测"), true, SurveyPhase.PRE, null, today,
                today.plusDays(5), List.of(classId("八年级1班")), List.of("attitude.math", "interest.group")));
        Survey post = surveys.create(head, new SurveyForm(unique("后测"), true, SurveyPhase.POST, pre.getId(), today,
                today.plusDays(5), List.of(classId("八年级1班")), List.of()));
        Survey copy = surveys.copy(head, post.getId(), unique("后测副本"), today, today.plusDays(3));
        assertThat(copy.getPhase()).isEqualTo(SurveyPhase.ONCE);
        assertThat(copy.getPreId()).isNull();
        assertThat(surveys.questions(copy.getId())).hasSameSizeAs(surveys.questions(pre.getId()));
        assertThat(builder.frozenReason(copy)).isNull();
    }

    @Test
    void aCopyWithoutTitleOrWithAWindowBackwardsIsRefusedInChineseAndWritesNothing() throws Exception {
        HezuoUser head = signedIn("head0801");
        LocalDate today = LocalDate.now(clock);
        Survey source = surveys.create(head, new SurveyForm(unique("拒绝复制的源"), true, SurveyPhase.ONCE, null,
                today, today.plusDays(5), List.of(classId("八年级1班")), List.of("attitude.math")));
        String backwards = unique("倒过来的窗口");
        String refused = mvc.perform(post("/surveys/" + source.getId() + "/copy").with(user(head)).with(csrf())
                        .param("title", backwards).param("opensOn", today.plusDays(5).toString())
                        .param("closesOn", today.toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("截止日期不能早于开始日期");
        String blank = mvc.perform(post("/surveys/" + source.getId() + "/copy").with(user(head)).with(csrf())
                        .param("title", "  ").param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(2).toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("问卷名称：请填写新问卷的名称");
        String tooLong = "长".repeat(81);
        mvc.perform(post("/surveys/" + source.getId() + "/copy").with(user(head)).with(csrf())
                        .param("title", tooLong).param("opensOn", today.toString())
                        .param("closesOn", today.plusDays(2).toString()))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from survey where title in (?, ?)", Integer.class,
                backwards, tooLong)).isZero();
    }
}
