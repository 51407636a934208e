package cn.hezuo.group.roles;

/**
 * One role a member holds in a week. {@code label} is the functional role's name (data), or the subject's name for
 * a 学科组长; leadership roles are shown through their message key.
 */
public record AssignedRole(Kind kind, String label, Long subjectId) {

    public enum Kind { FUNCTIONAL, GROUP_LEADER, SUBJECT_LEADER, RECORDER_LEADER, OVERRIDE }

    public static AssignedRole functional(String name) {
        return new AssignedRole(Kind.FUNCTIONAL, name, null);
    }

    /** Null for roles whose label is the text itself (functional roles, hand overrides). */
    public String messageKey() {
        return switch (kind) {
            case GROUP_LEADER -> "grouplife.role.groupLeader";
            case SUBJECT_LEADER -> "grouplife.role.subjectLeader";
            case RECORDER_LEADER -> "grouplife.role.recorderLeader";
            default -> null;
        };
    }

    /** Whether this member keeps the group's record this week (记录员 or 协调记录组长) — used by evaluation. */
    public boolean isRecorder() {
        return kind == Kind.RECORDER_LEADER || (label != null && label.contains("记录") && kind != Kind.SUBJECT_LEADER);
    }
}
