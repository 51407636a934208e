package cn.hezuo.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 家长: a parent sees only their own children; slips, invitation codes and class notices work end to end. */
@HezuoTest
class FamilyFlowTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final String PASSWORD = "Hezuo#2026family";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired StudentDirectory students;
    @Autowired FamilyCodeRepository codeRepository;
    @Autowired FamilyCodes codes;

    @Test
    void aParentSeesTheirChildAndTheClassNoticeButNoOtherChildEvenByChangingTheId() throws Exception {
        Student mine = student("070101");
        String home = html(get("/family"), "parent070101");
        assertThat(home).contains(mine.getName(), "id=\"my-progress\"", "下周一家长会", "id=\"family-summary-link\"");
        assertThat(html(get("/family/children/" + mine.getId() + "/summary"), "parent070101"))
                .contains("id=\"family-summary\"", mine.getName(), "data-print");
        for (String other : List.of("070102", "070205", "070110")) {
            long id = student(other).getId();
            assertThat(status(get("/family/children/" + id), "parent070101")).isEqualTo(404);
            assertThat(status(get("/family/children/" + id + "/summary"), "parent070101")).isEqualTo(404);
        }
        // The rest of the school is closed to parents.
        assertThat(status(get("/me"), "parent070101")).isEqualTo(403);
        assertThat(status(get("/classes/" + mine.getClassId()), "parent070101")).isEqualTo(403);
        assertThat(status(get("/classes/" + mine.getClassId() + "/evaluation"), "parent070101")).isEqualTo(403);
    }

    @Test
    void aParentWithTwoChildrenInTwoClassesSwitchesBetweenThemAndSeesEachClassesNotices() throws Exception {
        Student first = student("070102");
        Student second = student("070205");
        String home = html(get("/family"), "parent070102");
        assertThat(home).contains("id=\"family-children\"", "data-student-id=\"" + second.getId() + "\"");
        String other = html(get("/family/children/" + second.getId()), "parent070102");
        assertThat(other).contains(second.getName(), "秋季运动会报名").doesNotContain("下周一家长会");
        assertThat(html(get("/family/children/" + first.getId()), "parent070102")).contains("下周一家长会");
    }

    @Test
    void theHeadTeacherPrintsParentSlipsWhosePasswordMustBeChangedAtFirstLogin() throws Exception {
        Student child = student("070111");
        String slips = html(post("/classes/" + child.getClassId() + "/families/accounts")
                .param("studentIds", String.valueOf(child.getId())), "head0701");
        Matcher m = Pattern.compile("class=\"slip-username\">(parent070111[a-z]?)<").matcher(slips);
        assertThat(m.find()).isTrue();
        assertThat(slips).contains("class=\"slip-password\">", child.getName());
        HezuoUser parent = (HezuoUser) users.loadUserByUsername(m.group(1));
        assertThat(parent.mustChangePassword()).isTrue();
        assertThat(parent.isParent()).isTrue();
        MvcResult first = mvc.perform(get("/family").with(user(parent))).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).endsWith("/account/password");
        assertThat(html(get("/classes/" + child.getClassId() + "/families"), "head0701"))
                .contains(m.group(1));
    }

    @Test
    void aCodeRegistersAParentOnceAndWrongExpiredOrUsedCodesSayWhyInChinese() throws Exception {
        Student child = student("070112");
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        String code = codes.issue(head, child.getClassId(), List.of(child.getId())).get(0).code();
        String address = nextAddress();
        String username = "mum" + System.nanoTime() % 1_000_000;

        String joined = join(code.toLowerCase(Locale.ROOT), username, address);
        assertThat(joined).contains("id=\"family-joined\"", username);
        HezuoUser parent = (HezuoUser) users.loadUserByUsername(username);
        assertThat(parent.mustChangePassword()).isFalse();
        assertThat(html(get("/family"), parent)).contains(child.getName());

        assertThat(join(code, username + "x", address)).contains("这个邀请码已经使用过了");
        assertThat(join("ZZZZ-ZZZZ", username + "y", address)).contains("邀请码不正确");
        FamilyCode expired = codeRepository.save(new FamilyCode(child.getSchoolId(), child.getClassId(), child.getId(),
                FamilyCodes.hash("EXPD2345"), "head0701", Instant.now().minus(Duration.ofDays(20)),
                Instant.now().minus(Duration.ofDays(6))));
        assertThat(expired.getId()).isNotNull();
        assertThat(join("EXPD-2345", username + "z", address)).contains("这个邀请码已经过期");
        assertThat(html(get("/family/join"), (HezuoUser) null)).contains("id=\"family-join\"");
    }

    @Test
    void aSignedInParentAddsASecondChildWithItsCode() throws Exception {
        Student child = student("070113");
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        String code = codes.issue(head, child.getClassId(), List.of(child.getId())).get(0).code();
        String username = "dad" + System.nanoTime() % 1_000_000;
        join(codes.issue(head, child.getClassId(), List.of(student("070114").getId())).get(0).code(), username,
                nextAddress());
        HezuoUser parent = (HezuoUser) users.loadUserByUsername(username);
        MvcResult added = mvc.perform(post("/family/children").param("code", code).with(csrf()).with(user(parent))
                .with(r -> { r.setRemoteAddr(nextAddress()); return r; })).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/family/children/" + child.getId());
        assertThat(html(get("/family/children/" + child.getId()), parent)).contains(child.getName());
    }

    @Test
    void tenWrongCodesFromOneAddressPauseThatAddress() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < FamilyCodes.MAX_FAILURES; i++) {
            assertThat(join("WRNG-" + (2300 + i), "guess" + i, address)).contains("邀请码不正确");
        }
        assertThat(join("WRNG-2399", "guess", address)).contains("尝试次数过多");
        assertThat(join("WRNG-2399", "guess", nextAddress())).contains("邀请码不正确");
    }

    @Test
    void aNoticeTheHeadTeacherPostsReachesTheClassesStudentsAndParentsOnly() throws Exception {
        Student child = student("070101");
        String title = "通知" + System.nanoTime() % 100_000;
        mvc.perform(post("/classes/" + child.getClassId() + "/families/notices").param("title", title)
                .param("body", "明天带尺子").with(csrf()).with(user(users.loadUserByUsername("head0701"))));
        assertThat(html(get("/me"), "070101")).contains(title, "明天带尺子");
        assertThat(html(get("/family"), "parent070101")).contains(title);
        assertThat(html(get("/family/children/" + student("070205").getId()), "parent070102")).doesNotContain(title);
        assertThat(status(post("/classes/" + child.getClassId() + "/families/notices").param("title", "x")
                .param("body", "y"), "math0701")).isEqualTo(403);
    }

    private String join(String code, String username, String address) throws Exception {
        return mvc.perform(post("/family/join").param("code", code).param("username", username)
                        .param("displayName", "测试家长").param("password", PASSWORD).param("confirmPassword", PASSWORD)
                        .locale(Locale.SIMPLIFIED_CHINESE).with(csrf()).with(r -> { r.setRemoteAddr(address); return r; }))
                .andReturn().getResponse().getContentAsString();
    }

    private static String nextAddress() {
        return "10.13.0." + ADDRESS.getAndIncrement();
    }

    private Student student(String no) {
        for (String cls : List.of("0701", "0702")) {
            if (no.startsWith(cls)) {
                return students.activeOfClass(classOf(no)).stream().filter(s -> s.getStudentNo().equals(no))
                        .findFirst().orElseThrow();
            }
        }
        throw new IllegalArgumentException(no);
    }

    @Autowired cn.hezuo.school.ClassDirectory classes;

    private long classOf(String no) {
        String name = no.startsWith("0701") ? "七年级1班" : "七年级2班";
        long schoolId = ((HezuoUser) users.loadUserByUsername("admin")).schoolId();
        return classes.ofSchool(schoolId).stream()
                .filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
        return html(request, (HezuoUser) users.loadUserByUsername(username));
    }

    private String html(MockHttpServletRequestBuilder request, HezuoUser who) throws Exception {
        MockHttpServletRequestBuilder r = request.locale(Locale.SIMPLIFIED_CHINESE).with(csrf());
        if (who != null) {
            r = r.with(user(who));
        }
        MvcResult result = mvc.perform(r).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getErrorMessage()).isLessThan(400);
        return result.getResponse().getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn()
                .getResponse().getStatus();
    }
}
