package cn.hezuo.evaluation;

/**
 * A student who records points this week and why: a teacher's designation on the settings page, or their
 * group role this week (记录员 / 协调记录组长), which makes them a recorder of their own group.
 */
record ActiveRecorder(long studentId, RecorderScope scope, Long groupId, Source source) {

    public enum Source { DESIGNATION, ROLE }
}
