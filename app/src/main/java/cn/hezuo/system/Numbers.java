package cn.hezuo.system;

import java.math.BigDecimal;

/**
 * Numbers as people read them. {@link BigDecimal#stripTrailingZeros()} turns 10 into {@code 1E+1}, which its
 * {@code toString()} (and so a form field or a log line) shows as such; these never do.
 */
public final class Numbers {

    private Numbers() {
    }

    /** 10.0 → 10, 2.50 → 2.5, 100 → 100 (never 1E+2); null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@link #plain} as text: "10", "2.5"; "" for null. */
    public static String text(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString();
    }
}
