package cn.hezuo.group;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features (the 帮扶对子 suggestion of 学困生跟踪): who shares a student's group in the class's active plan.
 * Only ids and the group's number and name; what may be shown about the mates is the caller's business.
 */
@Component
public class GroupMatesQuery {

    /** The student's group in the active plan and the other members' student ids, by member number. */
    public record GroupMates(long planId, int groupNumber, String groupName, List<Long> mateStudentIds) {
    }

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;

    GroupMatesQuery(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
    }

    /** Empty when the class has no active plan or the student is in none of its groups. */
    @Transactional(readOnly = true)
    public Optional<GroupMates> of(long classId, long studentId) {
        return plans.findByClassIdAndActiveTrue(classId)
                .flatMap(plan -> members.findByPlanIdAndStudentId(plan.getId(), studentId).map(me -> {
                    StudyGroup group = groups.findById(me.getGroupId()).orElseThrow();
                    List<Long> mates = members.findByGroupIdOrderByMemberNoAsc(group.getId()).stream()
                            .map(GroupMember::getStudentId).filter(id -> id != studentId).toList();
                    return new GroupMates(plan.getId(), group.getNumber(), group.getName(), mates);
                }));
    }
}
