package cn.hezuo.group.identity;

import cn.hezuo.group.GroupIdentityCarried;
import cn.hezuo.group.GroupMemberRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** With the groups' identities, each member's own goals move to the new plan too (unless they wrote new ones). */
@Component
class MemberGoalCarryOver {

    private final MemberGoalRepository goals;
    private final GroupMemberRepository members;

    MemberGoalCarryOver(MemberGoalRepository goals, GroupMemberRepository members) {
        this.goals = goals;
        this.members = members;
    }

    @EventListener
    void carry(GroupIdentityCarried event) {
        java.util.Set<Long> inNewPlan = new java.util.HashSet<>();
        members.findByPlanIdOrderByGroupIdAscMemberNoAsc(event.toPlanId()).forEach(m -> inNewPlan.add(m.getStudentId()));
        for (MemberGoal old : goals.findByPlanIdOrderByIdAsc(event.fromPlanId())) {
            if (inNewPlan.contains(old.getStudentId())
                    && goals.findByPlanIdAndStudentId(event.toPlanId(), old.getStudentId()).isEmpty()) {
                MemberGoal copy = new MemberGoal(event.toPlanId(), old.getStudentId());
                copy.update(old.getShortTerm(), old.getLongTerm());
                goals.save(copy);
            }
        }
    }
}
