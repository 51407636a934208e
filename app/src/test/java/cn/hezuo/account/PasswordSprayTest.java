package cn.hezuo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.teacher.TeacherRepository;
import cn.hezuo.teacher.TeacherService;
import cn.hezuo.testsupport.HezuoTest;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Password spraying: one address tries one password on many usernames. The per-username lock never fires, so
 * an address is limited across usernames too. Every test sprays from its own documentation address (RFC 5737),
 * never from 127.0.0.1, which the other tests of the shared context log in from.
 */
@HezuoTest
class PasswordSprayTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired MockMvc mvc;
    @Autowired TeacherService teacherService;
    @Autowired TeacherRepository teachers;
    @Autowired JdbcTemplate jdbc;

    private static String freshAddress() {
        return "198.51." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    private String attempt(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void sixtyUsernamesFromOneAddressStopTheAddressEvenForTheRightPasswordButNotOtherAddresses() throws Exception {
        String sprayer = freshAddress();
        String suffix = Integer.toString(RANDOM.nextInt(1_000_000));
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            String target = attempt(sprayer, "spray" + suffix + "-" + i, "password1");
            if (target.startsWith("/login?addressLocked=")) {
                refused++;
            } else {
                assertThat(target).as("attempt %d", i + 1).isEqualTo("/login?error");
            }
        }
        assertThat(refused).as("attempts refused of 60").isGreaterThanOrEqualTo(40);
        // An unlocked account with the right password, from the spraying address: refused.
        assertThat(attempt(sprayer, "math0702", "demo1234")).startsWith("/login?addressLocked=");
        // The same account from another address signs in.
        assertThat(attempt(freshAddress(), "math0702", "demo1234")).isEqualTo("/");
    }

    @Test
    void addressLockPageSaysWhyAndUntilWhenInChinese() throws Exception {
        String page = mvc.perform(get("/login").param("addressLocked", "10:45")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("此网络地址").contains("10:45");
    }

    @Test
    void deactivatedAccountLooksLikeAWrongPasswordUntilThePasswordIsRight() throws Exception {
        String suffix = Integer.toString(100_000 + RANDOM.nextInt(900_000));
        IssuedPassword issued = teacherService.create(schoolId(), "停用老师" + suffix, null, null, "off-" + suffix);
        long teacherId = teachers.findByAccountId(issued.accountId()).orElseThrow().getId();
        teacherService.setActive(schoolId(), teacherId, false);
        String address = freshAddress();

        String wrongOnDeactivated = attempt(address, issued.username(), "wrong-password1");
        String wrongOnUnknown = attempt(address, "nobody-" + suffix, "wrong-password1");
        assertThat(wrongOnDeactivated).isEqualTo(wrongOnUnknown).isEqualTo("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = ? and remote_address = ?",
                Integer.class, issued.username(), address)).as("the failure on the deactivated account is counted")
                .isEqualTo(1);

        assertThat(attempt(address, issued.username(), issued.password())).isEqualTo("/login?disabled");
    }

    private long schoolId() {
        return jdbc.queryForObject("select school_id from account where username = 'admin'", Long.class);
    }
}
