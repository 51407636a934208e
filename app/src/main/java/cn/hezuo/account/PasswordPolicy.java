package cn.hezuo.account;

import java.util.Optional;

/** What a chosen password must be: 8–64 characters, a letter and a digit, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

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
        return Optional.empty();
    }
}
