package cn.hezuo.calling;

import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
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

    private final GroupDirectory groups;
    private final StudentDirectory students;

    ClassSeats(GroupDirectory groups, StudentDirectory students) {
        this.groups = groups;
        this.students = students;
    }

    /** Seats in group order then member number; students without a group come last by 学号. */
    @Transactional(readOnly = true)
    List<Seat> of(long classId) {
        Map<Long, GroupMember> memberOf = new HashMap<>();
        Map<Long, Integer> groupNumber = new HashMap<>();
        Optional<GroupPlan> plan = groups.activePlanOf(classId);
        if (plan.isPresent()) {
            for (StudyGroup g : groups.groupsOf(plan.get().getId())) {
                groupNumber.put(g.getId(), g.getNumber());
            }
            groups.membersOf(plan.get().getId())
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
