package cn.hezuo.group.roles;

import java.util.List;

/** A member of a group with their member number and the roles they hold in one week (empty = 组员). */
public record MemberRoles(long studentId, String name, long groupId, int groupNumber, int memberNo,
                          List<AssignedRole> roles) {

    public boolean isRecorder() {
        return roles.stream().anyMatch(AssignedRole::isRecorder);
    }
}
