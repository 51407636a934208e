package cn.hezuo.calling;

import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The active students of a class with their group and member number from the class's ACTIVE grouping plan. */
@Component
class ClassSeats {

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final StudentDirectory students;

    ClassSeats(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
               StudentDirectory students) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
    }

    /** Seats in group order then member number; students without a group come last by 学号. */
    @Transactional(readOnly = true)
    List<Seat> of(long classId) {
        Map<Long, GroupMember> memberOf = new HashMap<>();
        Map<Long, Integer> groupNumber = new HashMap<>();
        Optional<GroupPlan> plan = plans.findByClassIdAndActiveTrue(classId);
        if (plan.isPresent()) {
            for (StudyGroup g : groups.findByPlanIdOrderByNumberAsc(plan.get().getId())) {
                groupNumber.put(g.getId(), g.getNumber());
            }
            members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.get().getId())
                    .forEach(m -> memberOf.put(m.getStudentId(), m));
        }
        List<Seat> seats = new ArrayList<>();
        for (Student s : students.activeOfClass(classId)) {
            GroupMember m = memberOf.get(s.getId());
            seats.add(m == null ? new Seat(s.getId(), s.getName(), 0, 0)
                    : new Seat(s.getId(), s.getName(), groupNumber.getOrDefault(m.getGroupId(), 0), m.getMemberNo()));
        }
        seats.sort(Comparator.comparingInt((Seat s) -> s.groupNo() == 0 ? Integer.MAX_VALUE : s.groupNo())
                .thenComparingInt(Seat::memberNo));
        return seats;
    }
}
