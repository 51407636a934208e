package cn.hezuo.system;

/**
 * A business rule a user broke (duplicate name, stale edit…). Carries a message key so the
 * {@link WebExceptionHandler} can show it in the user's language; maps to 409.
 */
public class RuleViolationException extends RuntimeException {
    private final String messageKey;
    private final Object[] args;

    public RuleViolationException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args;
    }
}
