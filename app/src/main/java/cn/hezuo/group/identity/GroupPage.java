package cn.hezuo.group.identity;

import cn.hezuo.group.roles.AssignedRole;
import java.util.List;

/**
 * What a group page shows: members with numbers, this week's roles and personal goals. No scores, no tiers — the
 * same page serves the group's own students.
 */
record GroupPage(int week, List<Member> members) {

    public record Member(long studentId, int memberNo, String name, boolean leader, boolean me,
                        List<AssignedRole> roles, String shortTerm, String longTerm, Integer goalVersion) {
    }
}
