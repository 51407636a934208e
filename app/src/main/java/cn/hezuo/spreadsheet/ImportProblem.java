package cn.hezuo.spreadsheet;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something wrong (or, as a note, worth knowing) about a row of an uploaded sheet (roster, exam scores …), as a
 * message key and arguments. The
 * arguments always start with the row number and the column name as strings, so every message can say where:
 * "第{0}行「{1}」列：…". Resolve with {@code messageSource.getMessage(problem, locale)}.
 *
 * @param rowNumber the Excel row number; the header row for problems with the columns
 * @param column    the column as named in the file, or the expected name of a missing column
 */
public record ImportProblem(int rowNumber, String column, String messageKey, Object[] args)
        implements MessageSourceResolvable {

    public ImportProblem {
        args = args.clone();
    }

    public static ImportProblem of(int rowNumber, String column, String messageKey, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = String.valueOf(rowNumber);
        args[1] = column;
        System.arraycopy(details, 0, args, 2, details.length);
        return new ImportProblem(rowNumber, column, messageKey, args);
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
        return other instanceof ImportProblem that && rowNumber == that.rowNumber
                && Objects.equals(column, that.column) && messageKey.equals(that.messageKey)
                && Arrays.equals(args, that.args);
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
