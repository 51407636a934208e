package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClass;

/**
 * Someone allowed to record points in a class right now: a teacher of the class (or the admin), or a
 * student recorder with a scope. Students never get individual totals back.
 */
record Recorder(HezuoUser user, SchoolClass schoolClass, Long studentId, RecorderScope scope, Long groupId) {

    boolean isTeacher() {
        return studentId == null;
    }

    /** May this recorder award the given group (null = a student in no group)? */
    boolean mayAward(Long targetGroupId) {
        return isTeacher() || scope == RecorderScope.CLASS || (targetGroupId != null && targetGroupId.equals(groupId));
    }

    boolean mayAwardWholeClass() {
        return isTeacher() || scope == RecorderScope.CLASS;
    }
}
