package cn.hezuo.group;

import cn.hezuo.group.roles.AssignedRole;
import java.util.List;

/**
 * What a student may see of their group: its number, name, motto, goals and members with member numbers, their own
 * role this week and personal goals. Deliberately no scores, tiers or ranks (policy for minors' data).
 */
public record MyGroup(String planName, int number, String name, String motto, int myNumber, List<Mate> members,
                      long groupId, int week, List<AssignedRole> myRoles, StudyGroup goals, String myShortTerm,
                      String myLongTerm) {

    public record Mate(int memberNo, String name, boolean me) {
    }
}
