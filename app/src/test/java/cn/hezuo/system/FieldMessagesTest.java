package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.peereval.PeerRoundRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import jakarta.servlet.http.Cookie;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forms refuse what they cannot keep, with a message that names the field and its limit: nothing is cut short
 * silently (not by the server, not by a browser's maxlength), an empty 组名 is refused, and no Bean Validation
 * constraint falls back to Hibernate's generic "个数必须在0和60之间".
 */
@HezuoTest
class FieldMessagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired PeerRoundRepository rounds;
    @Autowired MessageSource messages;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private StudyGroup group;

    @BeforeEach
    void setUp() {
        head = (HezuoUser) users.loadUserByUsername("head0801");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst().orElseThrow();
        long planId = plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow().getId();
        group = groups.findByPlanIdOrderByNumberAsc(planId).get(1);
    }

    @Test
    void aMottoOf500CharactersIsRefusedWithAMessageNamingTheMottoAndItsLimitAndNothingIsSaved() throws Exception {
        Document page = postIdentity("合作共赢".repeat(125), "星火组");
        assertThat(page.selectFirst("#motto").hasClass("is-invalid")).isTrue();
        assertThat(page.select(".invalid-feedback").text()).contains("组训最多100个字");
        StudyGroup after = groups.findById(group.getId()).orElseThrow();
        assertThat(after.getMotto()).isEqualTo(group.getMotto());
        assertThat(after.getVersion()).isEqualTo(group.getVersion());
    }

    @Test
    void anEmptyGroupNameIsRefusedWithAMessageNamingTheGroupName() throws Exception {
        Document page = postIdentity("团结", "   ");
        assertThat(page.selectFirst("#name").hasClass("is-invalid")).isTrue();
        assertThat(page.select(".invalid-feedback").text()).contains("请填写组名");
        assertThat(groups.findById(group.getId()).orElseThrow().getVersion()).isEqualTo(group.getVersion());
    }

    @Test
    void theIdentityFormLeavesLongTextToTheServerInsteadOfCuttingItInTheBrowser() throws Exception {
        String html = mvc.perform(get("/groups/" + group.getId() + "/edit").with(user(head))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("#identity-form input[maxlength], input[name=shortTerm][maxlength]"))
                .isEmpty();
    }

    @Test
    void noTemplateLetsTheBrowserCutTextWithMaxlength() throws Exception {
        List<String> offenders = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (java.nio.file.Files.readString(file).contains("maxlength")) {
                    offenders.add(file.getFileName().toString());
                }
            }
        }
        assertThat(offenders).as("templates with maxlength (the server refuses long text with a message)").isEmpty();
    }

    @Test
    void aRoundNameTooLongNamesTheFieldInsteadOfHibernatesGenericMessage() throws Exception {
        long before = rounds.count();
        Document zh = postRound(null);
        assertThat(zh.selectFirst("#name-error").text()).isEqualTo("互评名称最多 60 个字。");
        assertThat(zh.text()).doesNotContain("个数必须在");
        Document en = postRound("en");
        assertThat(en.selectFirst("#name-error").text()).isEqualTo("The round name can be at most 60 characters long.");
        assertThat(rounds.count()).isEqualTo(before);
    }

    @Test
    void everyConstraintOnAFormHasItsOwnMessageInBothLanguages() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        List<String> problems = new ArrayList<>();
        int constraints = 0;
        for (var candidate : scanner.findCandidateComponents("cn.hezuo")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Field field : type.getDeclaredFields()) {
                for (Annotation annotation : field.getAnnotations()) {
                    if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                        continue;
                    }
                    constraints++;
                    String message = (String) annotation.annotationType().getMethod("message").invoke(annotation);
                    String where = type.getSimpleName() + "." + field.getName() + " @"
                            + annotation.annotationType().getSimpleName();
                    if (!message.startsWith("{") || message.startsWith("{jakarta.validation")) {
                        problems.add(where + " uses " + message);
                        continue;
                    }
                    String key = message.substring(1, message.length() - 1);
                    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                        if (messages.getMessage(key, null, null, locale) == null) {
                            problems.add(where + ": " + key + " missing in " + locale);
                        }
                    }
                }
            }
        }
        assertThat(constraints).as("constraints found").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    private Document postIdentity(String motto, String name) throws Exception {
        MockHttpServletRequestBuilder request = post("/groups/" + group.getId() + "/identity").with(user(head)).with(csrf())
                .param("name", name).param("motto", motto)
                .param("goalMidterm", "").param("goalMidtermStatus", "IN_PROGRESS")
                .param("goalFinal", "").param("goalFinalStatus", "IN_PROGRESS")
                .param("goalYear", "").param("goalYearStatus", "IN_PROGRESS")
                .param("version", String.valueOf(group.getVersion()));
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private Document postRound(String language) throws Exception {
        MockHttpServletRequestBuilder request = post("/classes/" + schoolClass.getId() + "/peer-evaluation")
                .with(user(head)).with(csrf()).param("name", "评".repeat(61))
                .param("startsOn", "2026-09-01").param("endsOn", "2026-09-08");
        if (language != null) {
            request.cookie(new Cookie("HEZUO_LANG", language));
        }
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }
}
