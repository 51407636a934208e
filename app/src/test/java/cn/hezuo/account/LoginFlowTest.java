package cn.hezuo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.school.SchoolRepository;
import cn.hezuo.testsupport.HezuoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@HezuoTest
class LoginFlowTest {

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired AccountRepository accountRepository;
    @Autowired SchoolRepository schools;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditEntryRepository audit;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    private IssuedPassword newTeacherAccount(String username) {
        long schoolId = schools.findAll().get(0).getId();
        return tx.execute(s -> accounts.create(schoolId, username, Role.TEACHER, "测试老师"));
    }

    @Test
    void demoAdminLogsInAndLandsOnTheAdminPage() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("demo1234"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordSendsBackToLoginWithAnError() throws Exception {
        mvc.perform(formLogin("/login").user("head0703").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveFailuresLockTheAccountFromThatAddressEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("eng0801").password("nope" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("eng0801").password("nope5"))
                .andExpect(redirectedUrlPattern("/login?locked=*"));
        mvc.perform(formLogin("/login").user("eng0801").password("demo1234"))
                .andExpect(redirectedUrlPattern("/login?locked=*"));
        // Another account from the same address is not affected.
        mvc.perform(formLogin("/login").user("eng0802").password("demo1234")).andExpect(redirectedUrl("/"));
    }

    @Test
    void lockedLoginPageSaysUntilWhenInChinese() throws Exception {
        String page = mvc.perform(get("/login").param("locked", "10:45")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("密码错误次数过多").contains("10:45");
    }

    @Test
    void craftedLockLinkShowsOnlyTheGenericLockMessage() throws Exception {
        String page = mvc.perform(get("/login").param("locked", "明天，请联系 evil.example")).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("已被锁定 15 分钟").doesNotContain("evil.example");
    }

    @Test
    void newAccountIsSentToChangePasswordBeforeAnythingElse() throws Exception {
        IssuedPassword issued = newTeacherAccount("first-login-1");
        HezuoUser principal = (HezuoUser) users.loadUserByUsername("first-login-1");
        assertThat(principal.mustChangePassword()).isTrue();
        mvc.perform(get("/teacher").with(user(principal))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(user(principal))).andExpect(status().isOk());
        assertThat(issued.password()).hasSize(8);
    }

    @Test
    void changingPasswordClearsTheFlagAndIsAudited() throws Exception {
        IssuedPassword issued = newTeacherAccount("first-login-2");
        HezuoUser principal = (HezuoUser) users.loadUserByUsername("first-login-2");
        long auditBefore = audit.count();
        mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", issued.password()).param("newPassword", "hezuo2026")
                        .param("confirmPassword", "hezuo2026"))
                .andExpect(redirectedUrl("/"));
        Account account = accountRepository.findByUsername("first-login-2").orElseThrow();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(encoder.matches("hezuo2026", account.getPasswordHash())).isTrue();
        assertThat(audit.count()).isGreaterThan(auditBefore);
    }

    @Test
    void weakNewPasswordIsRefusedWithAChineseReason() throws Exception {
        IssuedPassword issued = newTeacherAccount("first-login-3");
        HezuoUser principal = (HezuoUser) users.loadUserByUsername("first-login-3");
        MvcResult result = mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", issued.password()).param("newPassword", "abcdefgh")
                        .param("confirmPassword", "abcdefgh"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("新密码须同时包含字母和数字");
        assertThat(accountRepository.findByUsername("first-login-3").orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void commonNewPasswordIsRefusedWithAChineseReason() throws Exception {
        IssuedPassword issued = newTeacherAccount("first-login-4");
        HezuoUser principal = (HezuoUser) users.loadUserByUsername("first-login-4");
        MvcResult result = mvc.perform(post("/account/password").with(user(principal)).with(csrf())
                        .param("currentPassword", issued.password()).param("newPassword", "zhangwei123")
                        .param("confirmPassword", "zhangwei123"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("这个密码太常见");
        assertThat(accountRepository.findByUsername("first-login-4").orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void postWithoutCsrfTokenIsRejected() throws Exception {
        HezuoUser principal = (HezuoUser) users.loadUserByUsername("head0701");
        mvc.perform(post("/account/password").with(user(principal))
                        .param("currentPassword", "demo1234").param("newPassword", "hezuo2026")
                        .param("confirmPassword", "hezuo2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andReturn();
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
