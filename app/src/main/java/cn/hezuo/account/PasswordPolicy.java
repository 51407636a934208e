package cn.hezuo.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be: 8–64 characters, a letter and a digit, not the username, and none of the most
 * common choices: the list shipped as {@code account/common-passwords.txt}, a pinyin name or surname from that list
 * followed by digits only (zhangwei123, wangfang1), or the username followed by digits.
 */
final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private static final Set<String> COMMON = new HashSet<>();
    private static final Set<String> NAMES = new HashSet<>();

    static {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> target = COMMON;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.trim().toLowerCase(Locale.ROOT);
                if (entry.equals("[names]")) {
                    target = NAMES;
                } else if (!entry.isEmpty() && !entry.startsWith("#")) {
                    target.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PasswordPolicy() {
    }

    /** The message key of the first rule broken, if any. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("password.error.length");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.error.mix");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("password.error.username");
        }
        if (isCommon(username, password)) {
            return Optional.of("password.error.common");
        }
        return Optional.empty();
    }

    private static boolean isCommon(String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        String letters = lower.replaceFirst("\\d+$", "");
        if (letters.length() == lower.length()) {
            return false;
        }
        return NAMES.contains(letters)
                || (username != null && !username.isBlank() && letters.equals(username.trim().toLowerCase(Locale.ROOT)));
    }
}
