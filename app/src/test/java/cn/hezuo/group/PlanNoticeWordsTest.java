package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.grouping.SizeMode;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan page's notices and balance numbers are worded in the reader's language: the tier quotas used where
 * the template did not fit ("2 个组为 2:2:1，1 个组为 2:1:2") and the largest gap in standard deviations.
 */
@HezuoTest
class PlanNoticeWordsTest {

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Autowired GroupPlanService service;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void chinesePlanNoticeNamesTheQuotasUsedWithoutEnglishWords() throws Exception {
        Document page = planPageWithAnAdjustedTemplate(null);
        String notices = page.selectFirst("#engine-notices").text();
        assertThat(notices).contains("分层模板 2:2:1").contains("个组为").doesNotContainPattern(ENGLISH_WORD);
        List<Element> gaps = page.select("#balance-numbers .gap-with-sd");
        assertThat(gaps).isNotEmpty().allSatisfy(g -> assertThat(g.text()).contains("个标准差")
                .doesNotContainPattern(ENGLISH_WORD));
    }

    @Test
    void englishPlanNoticeSaysHowManyGroupsGotEachQuota() throws Exception {
        Document page = planPageWithAnAdjustedTemplate("en");
        assertThat(page.selectFirst("#engine-notices").text()).containsPattern("\\d+(:\\d+)+ in \\d+ groups?");
        assertThat(page.selectFirst("#balance-numbers .gap-with-sd").text()).endsWith("SD)");
    }

    private Document planPageWithAnAdjustedTemplate(String language) throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0702");
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级2班"))
                .findFirst().orElseThrow();
        // a 5-part template in groups of up to 6 never fits every group exactly, so the engine adjusts it
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), new GroupingForm(6, SizeMode.AT_MOST,
                List.of(), "2:2:1", true, false, List.of(), List.of(), List.of(), false, 7L));
        var request = get("/groups/plans/" + plan.getId()).with(user(head));
        if (language != null) {
            request.cookie(new Cookie("HEZUO_LANG", language));
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
