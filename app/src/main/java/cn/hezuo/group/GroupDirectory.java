package cn.hezuo.group;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group feature's public read side for other features (calling, peer evaluation, commendation): a class's active
 * plan, its groups and members. Other features never use this feature's repositories (ModuleStructureTest).
 */
@Service
@Transactional(readOnly = true)
public class GroupDirectory {

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;

    GroupDirectory(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
    }

    /** The class's active plan, if it has one. */
    public Optional<GroupPlan> activePlanOf(Long classId) {
        return plans.findByClassIdAndActiveTrue(classId);
    }

    /** A plan's groups by number. */
    public List<StudyGroup> groupsOf(Long planId) {
        return groups.findByPlanIdOrderByNumberAsc(planId);
    }

    /** A plan's members, group by group, by member number (每组N号). */
    public List<GroupMember> membersOf(Long planId) {
        return members.findByPlanIdOrderByGroupIdAscMemberNoAsc(planId);
    }

    /** A group's members by member number. */
    public List<GroupMember> membersOfGroup(Long groupId) {
        return members.findByGroupIdOrderByMemberNoAsc(groupId);
    }

    /** Every group the student was ever a member of, of any plan, by id. */
    public List<Long> groupIdsOf(long studentId) {
        return members.findGroupIdsByStudentId(studentId);
    }
}
