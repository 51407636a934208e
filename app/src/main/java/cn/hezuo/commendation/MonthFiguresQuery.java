package cn.hezuo.commendation;

import cn.hezuo.evaluation.PointSums;
import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.PlanGroupsQuery;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points of a month and of the month before for the groups of the class's active plan and of earlier plans that
 * earned points in the month, and for the active plan's members, summed
 * by the evaluation ({@link PointSums}): a group's points are its group awards plus the member points that counted
 * toward it (捆绑评价); undone awards are left out. Months are cut in the school's time zone.
 */
@Component
class MonthFiguresQuery {

    private final PointSums points;
    private final GroupDirectory groups;
    private final StudentDirectory students;
    private final Clock clock;
    private final PlanGroupsQuery planGroups;

    MonthFiguresQuery(PointSums points, GroupDirectory groups, StudentDirectory students, Clock clock,
                      PlanGroupsQuery planGroups) {
        this.planGroups = planGroups;
        this.points = points;
        this.groups = groups;
        this.students = students;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MonthFigures of(long classId, YearMonth month) {
        Map<Long, Long> groupNow = sums(true, classId, month);
        Map<Long, Long> groupBefore = sums(true, classId, month.minusMonths(1));
        Map<Long, Long> studentNow = sums(false, classId, month);
        Map<Long, Long> studentBefore = sums(false, classId, month.minusMonths(1));
        List<MonthFigures.GroupFigure> groupFigures = new ArrayList<>();
        List<MonthFigures.StudentFigure> studentFigures = new ArrayList<>();
        // Points stay with the group they were earned in: a group of an earlier plan that earned points this month
        // stays a candidate (and a confirmed award of it can be confirmed again) after the class is regrouped.
        for (PlanGroupsQuery.PlanGroup g : planGroups.withActive(classId, groupNow.keySet())) {
            groupFigures.add(new MonthFigures.GroupFigure(g.groupId(), g.number(), g.name(), g.planName(), g.activePlan(),
                    groupNow.getOrDefault(g.groupId(), 0L), groupBefore.getOrDefault(g.groupId(), 0L)));
        }
        groups.activePlanOf(classId).ifPresent(plan -> {
            Map<Long, Student> active = new HashMap<>();
            students.activeOfClass(classId).forEach(s -> active.put(s.getId(), s));
            Map<Long, Integer> numbers = new HashMap<>();
            for (StudyGroup g : groups.groupsOf(plan.getId())) {
                numbers.put(g.getId(), g.getNumber());
            }
            for (GroupMember m : groups.membersOf(plan.getId())) {
                Student s = active.get(m.getStudentId());
                if (s == null) {
                    continue; // left the class since the plan was made
                }
                studentFigures.add(new MonthFigures.StudentFigure(s.getId(), m.getGroupId(),
                        numbers.getOrDefault(m.getGroupId(), 0), m.getMemberNo(), s.getName(),
                        studentNow.getOrDefault(s.getId(), 0L), studentBefore.getOrDefault(s.getId(), 0L)));
            }
        });
        return new MonthFigures(classId, month, List.copyOf(groupFigures), List.copyOf(studentFigures));
    }

    private Map<Long, Long> sums(boolean groups, long classId, YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return groups ? points.byGroup(classId, start, end) : points.byStudent(classId, start, end);
    }
}
