package cn.hezuo.evaluation;

import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the active grouping plan of a class (see {@code cn.hezuo.group}) with member numbers and names. */
@Component
class ClassGroupsQuery {

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final StudentRepository students;

    ClassGroupsQuery(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                     StudentRepository students) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
    }

    @Transactional(readOnly = true)
    ClassGroups of(long classId) {
        return plans.findByClassIdAndActiveTrue(classId).map(plan -> {
            Map<Long, Student> active = new HashMap<>();
            students.findByClassIdAndActiveTrueOrderByStudentNoAsc(classId).forEach(s -> active.put(s.getId(), s));
            Map<Long, List<ClassGroups.Member>> byGroup = new LinkedHashMap<>();
            Map<Long, ClassGroups.Member> byStudent = new HashMap<>();
            for (GroupMember m : members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId())) {
                Student student = active.get(m.getStudentId());
                if (student == null) {
                    continue; // left the class since the plan was made
                }
                ClassGroups.Member member = new ClassGroups.Member(student.getId(), m.getGroupId(), m.getMemberNo(),
                        student.getName());
                byGroup.computeIfAbsent(m.getGroupId(), k -> new ArrayList<>()).add(member);
                byStudent.put(student.getId(), member);
            }
            List<ClassGroups.Group> list = new ArrayList<>();
            for (StudyGroup g : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
                list.add(new ClassGroups.Group(g.getId(), g.getNumber(), g.getName(),
                        List.copyOf(byGroup.getOrDefault(g.getId(), List.of()))));
            }
            return new ClassGroups(List.copyOf(list), Map.copyOf(byStudent));
        }).orElse(new ClassGroups(List.of(), Map.of()));
    }
}
