package cn.hezuo.group;

import cn.hezuo.group.identity.MemberGoal;
import cn.hezuo.group.identity.MemberGoalRepository;
import cn.hezuo.group.roles.AssignedRole;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolCalendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student's own group in their class's active plan, if there is one. */
@Component
public class MyGroupQuery {

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final StudentDirectory students;
    private final GroupRoleQuery roles;
    private final MemberGoalRepository goals;
    private final SchoolCalendar calendar;

    MyGroupQuery(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                 StudentDirectory students, GroupRoleQuery roles, MemberGoalRepository goals, SchoolCalendar calendar) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
        this.roles = roles;
        this.goals = goals;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public Optional<MyGroup> of(Student student) {
        Optional<GroupPlan> active = plans.findByClassIdAndActiveTrue(student.getClassId());
        if (active.isEmpty()) {
            return Optional.empty();
        }
        GroupPlan plan = active.get();
        Optional<GroupMember> me = members.findByPlanIdAndStudentId(plan.getId(), student.getId());
        if (me.isEmpty()) {
            return Optional.empty();
        }
        StudyGroup group = groups.findById(me.get().getGroupId()).orElseThrow();
        List<GroupMember> mates = members.findByGroupIdOrderByMemberNoAsc(group.getId());
        Map<Long, String> names = new HashMap<>();
        students.findAll(mates.stream().map(GroupMember::getStudentId).toList())
                .forEach(s -> names.put(s.getId(), s.getName()));
        List<MyGroup.Mate> list = mates.stream()
                .filter(m -> names.containsKey(m.getStudentId()))
                .sorted(Comparator.comparingInt(GroupMember::getMemberNo))
                .map(m -> new MyGroup.Mate(m.getMemberNo(), names.get(m.getStudentId()),
                        m.getStudentId().equals(student.getId())))
                .toList();
        int week = calendar.currentWeek(student.getSchoolId());
        List<AssignedRole> myRoles = roles.rolesForWeek(plan, week).group(group.getId()).stream()
                .filter(m -> m.studentId() == student.getId()).findFirst().map(MemberRoles::roles).orElse(List.of());
        Optional<MemberGoal> myGoal = goals.findByPlanIdAndStudentId(plan.getId(), student.getId());
        return Optional.of(new MyGroup(plan.getName(), group.getNumber(), group.getName(), group.getMotto(),
                me.get().getMemberNo(), list, group.getId(), week, myRoles, group,
                myGoal.map(MemberGoal::getShortTerm).orElse(null), myGoal.map(MemberGoal::getLongTerm).orElse(null)));
    }
}
