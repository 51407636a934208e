package cn.hezuo.spreadsheet;

import org.springframework.context.MessageSourceResolvable;

/**
 * A file the teacher uploaded cannot be read as a table. Carries a message key and arguments rather than text, so
 * the web layer can show it in the teacher's language ({@code messageSource.getMessage(exception, locale)}) and never
 * a stack trace.
 */
public class SpreadsheetException extends RuntimeException implements MessageSourceResolvable {

    private static final long serialVersionUID = 1L;

    /** Why the file was rejected; each reason has one message key in {@code i18n/spreadsheet*.properties}. */
    public enum Reason {
        NOT_SPREADSHEET("spreadsheet.error.notSpreadsheet"),
        ENCRYPTED("spreadsheet.error.encrypted"),
        EMPTY("spreadsheet.error.empty"),
        NO_HEADER("spreadsheet.error.noHeader"),
        TOO_MANY_ROWS("spreadsheet.error.tooManyRows"),
        /** {0} the limit, {1} the sheet (or the CSV file). */
        TOO_MANY_COLUMNS("spreadsheet.error.tooManyColumns"),
        /** {0} the limit, {1} the sheet (or the CSV file). */
        TOO_MANY_CELLS("spreadsheet.error.tooManyCells"),
        TOO_LARGE("spreadsheet.error.tooLarge"),
        ZIP_BOMB("spreadsheet.error.zipBomb"),
        CORRUPT("spreadsheet.error.corrupt");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final Object[] args;

    public SpreadsheetException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public SpreadsheetException(Reason reason, Throwable cause, Object... args) {
        super(reason.messageKey(), cause);
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {reason.messageKey()};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }
}
