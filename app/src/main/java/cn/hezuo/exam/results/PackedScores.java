package cn.hezuo.exam.results;

import cn.hezuo.exam.stats.Choice;
import java.math.BigDecimal;

/**
 * The compact text forms of one student's item results. Points: the item points in item order, separated by commas,
 * shortest decimal form ("3,0,2.5"). Options: one character per item — A–D, {@value #BLANK} for a blank answer to an
 * objective item, {@value #SUBJECTIVE} for a subjective item ("AB_C..").
 *
 * <p>Parsing is a hand-written loop without regular expressions or boxing: loading a district exam parses 8 million
 * numbers.
 */
public final class PackedScores {

    public static final char BLANK = '_';
    public static final char SUBJECTIVE = '.';

    private PackedScores() {
    }

    public static String packPoints(double[] points) {
        StringBuilder text = new StringBuilder(points.length * 3);
        for (int j = 0; j < points.length; j++) {
            if (j > 0) {
                text.append(',');
            }
            text.append(format(points[j]));
        }
        return text.toString();
    }

    /** "3", "2.5", "0" — the shortest plain form of a points value. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads packed points into {@code into} (length = number of items).
     *
     * @throws IllegalArgumentException when the text does not hold exactly that many numbers
     */
    public static void unpackPoints(String packed, double[] into) {
        int item = 0;
        int length = packed.length();
        int i = 0;
        while (i <= length && item < into.length) {
            long whole = 0;
            long fraction = 0;
            long scale = 1;
            boolean digits = false;
            boolean inFraction = false;
            for (; i < length && packed.charAt(i) != ','; i++) {
                char c = packed.charAt(i);
                if (c == '.') {
                    inFraction = true;
                } else if (c >= '0' && c <= '9') {
                    digits = true;
                    if (inFraction) {
                        fraction = fraction * 10 + (c - '0');
                        scale *= 10;
                    } else {
                        whole = whole * 10 + (c - '0');
                    }
                } else {
                    throw new IllegalArgumentException("not a packed score list: " + packed);
                }
            }
            if (!digits) {
                throw new IllegalArgumentException("empty value in packed score list: " + packed);
            }
            into[item++] = whole + (double) fraction / scale;
            i++; // skip the comma
        }
        if (item != into.length || i < length) {
            throw new IllegalArgumentException("expected " + into.length + " values in " + packed);
        }
    }

    public static char optionChar(Choice choice) {
        return choice == null ? SUBJECTIVE : choice == Choice.BLANK ? BLANK : choice.name().charAt(0);
    }

    /** The option at one item: null for a subjective item. */
    public static Choice choice(char c) {
        return switch (c) {
            case 'A' -> Choice.A;
            case 'B' -> Choice.B;
            case 'C' -> Choice.C;
            case 'D' -> Choice.D;
            case BLANK -> Choice.BLANK;
            default -> null;
        };
    }

    /** Reads packed options into {@code into}; a null or short text gives subjective (null) entries. */
    public static void unpackOptions(String packed, Choice[] into) {
        for (int j = 0; j < into.length; j++) {
            into[j] = packed != null && j < packed.length() ? choice(packed.charAt(j)) : null;
        }
    }
}
