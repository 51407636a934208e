package cn.hezuo.commendation;

import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.PlanGroupsQuery;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points of a month and of the month before for the groups of the class's active plan and of earlier plans that
 * earned points in the month, and for the active plan's members, summed
 * in SQL from the evaluation's point rows like {@code EvaluationReportQuery}: a group's points are its group awards
 * plus the member points that counted toward it (捆绑评价); undone awards are left out. Months are cut in the school's
 * time zone.
 */
@Component
class MonthFiguresQuery {

    private static final String WHERE = " from eval_point p join eval_action a on a.id = p.action_id"
            + " where a.class_id = ? and a.recorded_at >= ? and a.recorded_at < ? and p.undone = false";

    private final JdbcTemplate jdbc;
    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final StudentDirectory students;
    private final Clock clock;
    private final PlanGroupsQuery planGroups;

    MonthFiguresQuery(JdbcTemplate jdbc, GroupPlanRepository plans, StudyGroupRepository groups,
                      GroupMemberRepository members, StudentDirectory students, Clock clock,
                      PlanGroupsQuery planGroups) {
        this.planGroups = planGroups;
        this.jdbc = jdbc;
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MonthFigures of(long classId, YearMonth month) {
        Map<Long, Long> groupNow = sums("group_id", classId, month);
        Map<Long, Long> groupBefore = sums("group_id", classId, month.minusMonths(1));
        Map<Long, Long> studentNow = sums("student_id", classId, month);
        Map<Long, Long> studentBefore = sums("student_id", classId, month.minusMonths(1));
        List<MonthFigures.GroupFigure> groupFigures = new ArrayList<>();
        List<MonthFigures.StudentFigure> studentFigures = new ArrayList<>();
        // Points stay with the group they were earned in: a group of an earlier plan that earned points this month
        // stays a candidate (and a confirmed award of it can be confirmed again) after the class is regrouped.
        for (PlanGroupsQuery.PlanGroup g : planGroups.withActive(classId, groupNow.keySet())) {
            groupFigures.add(new MonthFigures.GroupFigure(g.groupId(), g.number(), g.name(), g.planName(), g.activePlan(),
                    groupNow.getOrDefault(g.groupId(), 0L), groupBefore.getOrDefault(g.groupId(), 0L)));
        }
        plans.findByClassIdAndActiveTrue(classId).ifPresent(plan -> {
            Map<Long, Student> active = new HashMap<>();
            students.activeOfClass(classId).forEach(s -> active.put(s.getId(), s));
            Map<Long, Integer> numbers = new HashMap<>();
            for (StudyGroup g : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
                numbers.put(g.getId(), g.getNumber());
            }
            for (GroupMember m : members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId())) {
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

    private Map<Long, Long> sums(String column, long classId, YearMonth month) {
        Timestamp start = Timestamp.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
        Map<Long, Long> sums = new HashMap<>();
        jdbc.query("select p." + column + ", sum(p.points)" + WHERE + " and p." + column + " is not null group by p."
                + column + " order by p." + column, rs -> {
                    sums.put(rs.getLong(1), rs.getLong(2));
                }, classId, start, end);
        return sums;
    }
}
