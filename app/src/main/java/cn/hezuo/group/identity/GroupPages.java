package cn.hezuo.group.identity;

import cn.hezuo.group.roles.GroupContext;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.MemberRoles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a {@link GroupPage} for a group the user may read. */
@Component
class GroupPages {

    private final GroupRoleQuery roles;
    private final MemberGoalRepository goals;

    GroupPages(GroupRoleQuery roles, MemberGoalRepository goals) {
        this.roles = roles;
        this.goals = goals;
    }

    @Transactional(readOnly = true)
    public GroupPage build(GroupContext context, int week, Long myStudentId) {
        long groupId = context.group().getId();
        List<MemberRoles> list = roles.rolesForWeek(context.plan(), week).group(groupId);
        Map<Long, MemberGoal> byStudent = new HashMap<>();
        goals.findByPlanIdOrderByIdAsc(context.plan().getId()).forEach(g -> byStudent.put(g.getStudentId(), g));
        Long leader = roles.leaderOf(context.plan().getId(), groupId).orElse(null);
        return new GroupPage(week, list.stream().map(m -> {
            MemberGoal goal = byStudent.get(m.studentId());
            return new GroupPage.Member(m.studentId(), m.memberNo(), m.name(), Long.valueOf(m.studentId()).equals(leader),
                    Long.valueOf(m.studentId()).equals(myStudentId), m.roles(),
                    goal == null ? null : goal.getShortTerm(), goal == null ? null : goal.getLongTerm(),
                    goal == null ? null : goal.getVersion());
        }).toList());
    }
}
