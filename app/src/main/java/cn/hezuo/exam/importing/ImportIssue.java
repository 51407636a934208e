package cn.hezuo.exam.importing;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * A problem (or, as a note, something worth knowing) about an uploaded score file: a message key and arguments whose
 * first two are always the row number and the column as named in the file, so every message says where.
 *
 * @param rowNumber the Excel row number; the header row for problems with the columns
 */
public record ImportIssue(int rowNumber, String column, String messageKey, Object[] args)
        implements MessageSourceResolvable {

    public ImportIssue {
        args = args.clone();
    }

    static ImportIssue of(int rowNumber, String column, String messageKey, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = String.valueOf(rowNumber);
        args[1] = column;
        System.arraycopy(details, 0, args, 2, details.length);
        return new ImportIssue(rowNumber, column, messageKey, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String[] getCodes() {
        return new String[] {messageKey};
    }

    @Override
    public Object[] getArguments() {
        return args();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportIssue that && rowNumber == that.rowNumber && Objects.equals(column, that.column)
                && messageKey.equals(that.messageKey) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * messageKey.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(args);
    }
}
