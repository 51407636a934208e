package cn.hezuo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortPasswordIsRejected() {
        assertThat(PasswordPolicy.violation("wang", "ab12")).contains("password.error.length");
    }

    @Test
    void passwordNeedsLettersAndDigits() {
        assertThat(PasswordPolicy.violation("wang", "abcdefgh")).contains("password.error.mix");
        assertThat(PasswordPolicy.violation("wang", "12345678")).contains("password.error.mix");
    }

    @Test
    void passwordMayNotEqualTheUsername() {
        assertThat(PasswordPolicy.violation("zhang2024", "ZHANG2024")).contains("password.error.username");
    }

    @Test
    void commonPasswordsAreRefused() {
        for (String weak : new String[] {"password1", "12345678a", "abc12345", "qwerty123", "Password1", "QWERTY123"}) {
            assertThat(PasswordPolicy.violation("wang", weak)).as(weak).contains("password.error.common");
        }
    }

    @Test
    void pinyinNamesWithDigitsAreRefused() {
        for (String weak : new String[] {"zhangwei123", "wangfang1", "ZhangWei2024", "liuyang88", "wang123456"}) {
            assertThat(PasswordPolicy.violation("someone", weak)).as(weak).contains("password.error.common");
        }
    }

    @Test
    void usernameWithDigitsIsRefused() {
        assertThat(PasswordPolicy.violation("chenxi", "chenxi2024")).contains("password.error.common");
    }

    @Test
    void goodPasswordPasses() {
        assertThat(PasswordPolicy.violation("wang", "hezuo2026")).isEmpty();
    }

    @Test
    void initialPasswordsAreEightUnambiguousCharactersWithALetterAndADigit() {
        InitialPasswords passwords = new InitialPasswords();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String password = passwords.next();
            assertThat(password).hasSize(8).doesNotContainAnyWhitespaces().matches("[a-hjkmnp-z2-9]{8}");
            assertThat(PasswordPolicy.violation("someone", password)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }
}
