package cn.hezuo.exam.stats;

/** The option a student chose on an objective item; a blank is its own category. */
public enum Choice {
    BLANK, A, B, C, D;

    private static final Choice[] VALUES = values();

    /** Reads a {@code Qxx_opt} cell: empty or null is {@link #BLANK}, otherwise one of A–D (any case). */
    public static Choice parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return BLANK;
        }
        return switch (cell.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "A" -> A;
            case "B" -> B;
            case "C" -> C;
            case "D" -> D;
            default -> throw new IllegalArgumentException("option must be A, B, C, D or blank: " + cell);
        };
    }

    static Choice ofCode(int code) {
        return VALUES[code];
    }

    /** Stored as one byte per answer; {@link ExamMatrix#NOT_OBJECTIVE} marks a subjective item. */
    byte code() {
        return (byte) ordinal();
    }
}
