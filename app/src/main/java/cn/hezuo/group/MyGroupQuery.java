package cn.hezuo.group;

import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
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
    private final StudentRepository students;

    MyGroupQuery(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                 StudentRepository students) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
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
        students.findAllById(mates.stream().map(GroupMember::getStudentId).toList())
                .forEach(s -> names.put(s.getId(), s.getName()));
        List<MyGroup.Mate> list = mates.stream()
                .filter(m -> names.containsKey(m.getStudentId()))
                .sorted(Comparator.comparingInt(GroupMember::getMemberNo))
                .map(m -> new MyGroup.Mate(m.getMemberNo(), names.get(m.getStudentId()),
                        m.getStudentId().equals(student.getId())))
                .toList();
        return Optional.of(new MyGroup(plan.getName(), group.getNumber(), group.getName(), group.getMotto(),
                me.get().getMemberNo(), list));
    }
}
