package cn.hezuo.account;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Random initial passwords for printed slips: eight characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), so a child can type what is printed.
 */
@Component
class InitialPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        // Always at least one letter and one digit, as the password policy asks of chosen passwords.
        chars[random.nextInt(LENGTH / 2)] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        chars[LENGTH / 2 + random.nextInt(LENGTH / 2)] = DIGITS.charAt(random.nextInt(DIGITS.length()));
        return new String(chars);
    }
}
