package cn.hezuo.exam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.results.ExamLoader;
import cn.hezuo.exam.results.LoadedExam;
import cn.hezuo.testsupport.HezuoTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each statistics term on the report pages has a one-line plain explanation beside it, in the reader's language. */
@HezuoTest
class StatisticsJargonHintsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ExamRepository exams;
    @Autowired ExamLoader loader;

    @Test
    void cronbachAlphaHasAPlainChineseHintBesideIt() throws Exception {
        Element hint = itemAnalysis(null).selectFirst("#reliability #alpha-hint");
        assertThat(hint.text()).contains("同一种能力", "0.7");
        assertThat(hint.hasClass("text-muted")).isTrue();
    }

    @Test
    void semHasAPlainChineseHintBesideIt() throws Exception {
        assertThat(itemAnalysis(null).selectFirst("#reliability #sem-hint").text()).contains("误差", "真实分数");
    }

    @Test
    void welchTHasAPlainChineseHintBesideIt() throws Exception {
        assertThat(experiment(null).selectFirst("#welch-row #welch-hint").text()).contains("偶然");
    }

    @Test
    void cohenDHasAPlainChineseHintBesideIt() throws Exception {
        assertThat(experiment(null).selectFirst("#cohen-d-hint").text()).contains("标准差", "0.2", "0.5", "0.8");
    }

    @Test
    void hintsReadInEnglishForAnEnglishReader() throws Exception {
        assertThat(itemAnalysis("en").selectFirst("#alpha-hint").text()).contains("same ability")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(experiment("en").selectFirst("#cohen-d-hint").text()).contains("standard deviations")
                .doesNotContainPattern("\\p{IsHan}");
    }

    private Document itemAnalysis(String language) throws Exception {
        return page("/exams/" + exam("七年级数学期中考试").getId() + "/item-analysis", language);
    }

    private Document experiment(String language) throws Exception {
        Exam post = exam("七年级数学期中考试");
        LoadedExam loaded = loader.load(post);
        return page("/exams/" + post.getId() + "/experiment?pre=" + exam("七年级数学期初测试").getId() + "&experimental="
                + loaded.classes().get(0).getId() + "&control=" + loaded.classes().get(1).getId(), language);
    }

    private Exam exam(String name) {
        return exams.findAll().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    private Document page(String path, String language) throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        var request = get(path).with(user(admin));
        if (language != null) {
            request.cookie(new Cookie("HEZUO_LANG", language));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
