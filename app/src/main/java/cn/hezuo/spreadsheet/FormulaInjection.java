package cn.hezuo.spreadsheet;

/**
 * Guards exported text against formula (CSV) injection: a value such as {@code =HYPERLINK(...)} or {@code +86...}
 * typed by someone into a note would otherwise run as a formula when a colleague opens the file or saves it as CSV.
 *
 * <p>{@link #neutralise} prefixes {@code '} the way OWASP recommends; {@link #restore} removes exactly that prefix
 * again on import, so an export read back in yields the stored text unchanged. Values that already start with
 * apostrophes before a trigger character get one more, which keeps the two functions inverse.
 */
final class FormulaInjection {

    private FormulaInjection() {
    }

    /** The value to write into a text cell or CSV field. */
    public static String neutralise(String value) {
        return value != null && needsPrefix(value) ? "'" + value : value;
    }

    /** Undoes {@link #neutralise} on a value read from a file. */
    public static String restore(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && needsPrefix(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean needsPrefix(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && isTrigger(value.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
