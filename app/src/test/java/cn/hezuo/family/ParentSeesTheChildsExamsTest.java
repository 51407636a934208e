package cn.hezuo.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.testsupport.HezuoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A parent sees exactly the exams their child sees on 我的成绩 (/me/exams): the same exams in the same order, the same
 * scores and the same band of the grade — on the child's page and in the printable weekly summary — and never a rank.
 */
@HezuoTest
class ParentSeesTheChildsExamsTest {

    private static final Pattern EXAM_ID = Pattern.compile("data-exam-id=\"(\\d+)\"");
    private static final Pattern BAND = Pattern.compile("class=\"[^\"]*rank-band[^\"]*\"[^>]*>([^<]+)<");
    private static final Pattern TOTAL = Pattern.compile("class=\"(?:my-total|family-exam-total)\"[^>]*>([^<]+)<");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theParentsExamLinesAreExactlyTheStudentsOwnOnTheChildsPageAndInTheWeeklySummary() throws Exception {
        String own = html("/me/exams", "070101");
        List<String> exams = all(EXAM_ID, own);
        assertThat(exams).as("070101 has exam results in the demo school").isNotEmpty();
        long childId = ((cn.hezuo.account.HezuoUser) users.loadUserByUsername("070101")).studentId();

        for (String page : List.of("/family", "/family/children/" + childId + "/summary")) {
            String parents = html(page, "parent070101");
            assertThat(all(EXAM_ID, parents)).as(page).isEqualTo(exams);
            assertThat(all(BAND, parents)).as(page).isEqualTo(all(BAND, own));
            assertThat(all(TOTAL, parents)).as(page).isEqualTo(all(TOTAL, own));
            assertThat(parents).as(page).doesNotContain("班级名次", "年级名次", "排名");
        }
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private String html(String url, String username) throws Exception {
        MvcResult result = mvc.perform(get(url).locale(Locale.SIMPLIFIED_CHINESE)
                .with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
