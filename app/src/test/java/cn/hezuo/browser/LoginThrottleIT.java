package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.IssuedPassword;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.TeacherHomePage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.teacher.TeacherService;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Five wrong passwords lock a username on this device for fifteen minutes. The locked account is created here, so the
 * lock (which outlives the test in the shared database) cannot get in the way of any other test.
 */
class LoginThrottleIT extends BrowserTest {

    /** The school's clock: the lock time on the page is in the school's zone. */
    @Autowired
    java.time.Clock clock;

    private static final Pattern CLOCK_TIME = Pattern.compile("(\\d{2}):(\\d{2})");

    @Autowired
    private TeacherService teachers;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPasswordButNotOtherAccounts() {
        String suffix = uniqueSuffix();
        String username = "throttle-" + suffix;
        IssuedPassword issued = teachers.create(demoSchoolId(), "锁定测试" + suffix, null, null, username);

        LoginPage login = LoginPage.open(browser);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login = login.attemptLogin(username, "wrong-" + attempt);
            assertThat(login.showsWrongPassword()).as("attempt %d", attempt).isTrue();
            assertThat(login.lockMessage()).as("attempt %d", attempt).isEmpty();
        }
        login = login.attemptLogin(username, "wrong-5");

        login = login.attemptLogin(username, issued.password());
        LocalTime lockedAt = LocalTime.now(clock);
        assertThat(login.path()).isEqualTo("/login");
        String message = login.lockMessage().orElseThrow(() -> new AssertionError("no lock message on the 6th attempt"));
        assertThat(message).contains("锁定");
        Matcher until = CLOCK_TIME.matcher(message);
        assertThat(until.find()).as("a time in: " + message).isTrue();
        assertThat(minutesBetween(lockedAt.plusMinutes(15), LocalTime.of(Integer.parseInt(until.group(1)),
                Integer.parseInt(until.group(2))))).as("locked for about 15 minutes: " + message).isLessThanOrEqualTo(1);
        browser.go("/teacher");
        assertThat(new LoginPage(browser).path()).as("the right password did not sign in").isEqualTo("/login");

        // Another account on the same device still logs in.
        new LoginPage(browser).loginAs("eng0703", DemoSchool.PASSWORD);
        assertThat(new TeacherHomePage(browser).classNames()).contains("七年级3班");
    }

    /** Distance on the clock face in minutes, so 23:59 and 00:00 are one minute apart. */
    private static int minutesBetween(LocalTime a, LocalTime b) {
        int diff = Math.abs(a.toSecondOfDay() / 60 - b.toSecondOfDay() / 60);
        return Math.min(diff, 24 * 60 - diff);
    }
}
