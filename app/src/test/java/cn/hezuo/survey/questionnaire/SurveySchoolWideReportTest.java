package cn.hezuo.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
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

/**
 * A survey given to more than {@link SurveyController#MAX_CLASSES_BROKEN_DOWN} classes shows per question the overall
 * only, and one class on demand; the response rates still list every class (one grouped roster count).
 */
@HezuoTest
class SurveySchoolWideReportTest {

    @Autowired SurveyService surveys;
    @Autowired SurveyResults results;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @Test
    void aSurveyOfManyClassesShowsTheOverallPerQuestionAndOneClassOnDemand() throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass template = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow();
        String prefix = "全校" + UUID.randomUUID().toString().substring(0, 5);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= SurveyController.MAX_CLASSES_BROKEN_DOWN + 1; i++) {
            ids.add(classes.save(new SchoolClass(admin.schoolId(), template.getGradeId(), prefix + i + "班", null))
                    .getId());
        }
        LocalDate today = LocalDate.now(clock);
        Survey survey = surveys.create(admin, new SurveyForm(prefix + "问卷", true, SurveyPhase.ONCE, null, today,
                today.plusDays(3), ids, List.of("attitude.math", "interest.group")));
        assertThat(results.rates(admin, survey.getId())).hasSize(ids.size())
                .allMatch(r -> r.students() == 0 && r.responses() == 0);

        String page = mvc.perform(get("/surveys/" + survey.getId()).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count(page, "class=\"class-breakdown-link\"")).isEqualTo(ids.size());
        assertThat(page).contains("本问卷发给的班级较多");
        // two questions, each with the overall row only (withheld: nobody answered yet)
        assertThat(count(page, "作答不足 5 人")).isEqualTo(2);

        String oneClass = mvc.perform(get("/surveys/" + survey.getId()).param("classId", String.valueOf(ids.get(3)))
                        .with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count(oneClass, "作答不足 5 人")).isEqualTo(4);
        assertThat(oneClass).contains("全部班级和" + prefix + "4班");

        String fragment = mvc.perform(get("/surveys/" + survey.getId() + "/rates").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count(fragment, "class=\"class-breakdown-link\"")).isEqualTo(ids.size());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
