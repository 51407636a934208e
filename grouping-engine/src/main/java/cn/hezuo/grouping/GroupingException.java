package cn.hezuo.grouping;

import java.util.List;

/**
 * Input the engine cannot work with, or rules that cannot all hold at once. Thrown before any
 * search starts whenever the problem can be recognised up front ("fail fast").
 *
 * <p>{@link #key()} and {@link #args()} let the application show its own (Chinese) text;
 * {@link #getMessage()} is English a teacher understands. Keys start with
 * {@code grouping.input.} (malformed input) or {@code grouping.infeasible.} (rules that clash).
 */
public final class GroupingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public GroupingException(String key, List<?> args, String message) {
        super(message);
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** Message key, e.g. {@code grouping.infeasible.apartClique}. */
    public String key() {
        return key;
    }

    /** Arguments of the message, in the order the English text uses them. */
    public List<Object> args() {
        return args;
    }
}
