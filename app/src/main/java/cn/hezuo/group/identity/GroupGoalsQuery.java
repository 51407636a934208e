package cn.hezuo.group.identity;

import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features (mutual help's goal check-ins): the group goals (期中, 期末, 学年) and personal goals (短期, 长期) of
 * a class's active plan as plain values. A goal is named by its group (or student) and its kind; the text stays here.
 */
@Component
public class GroupGoalsQuery {

    /** Which goal: a group's three, a member's two. */
    public enum Kind {
        GROUP_MIDTERM, GROUP_FINAL, GROUP_YEAR, PERSONAL_SHORT, PERSONAL_LONG;

        public boolean personal() {
            return this == PERSONAL_SHORT || this == PERSONAL_LONG;
        }
    }

    /** One goal of the active plan: {@code studentId} is null for a group goal. */
    public record Goal(long planId, long groupId, int groupNo, Kind kind, Long studentId, String text) {
    }

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final MemberGoalRepository goals;

    GroupGoalsQuery(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                    MemberGoalRepository goals) {
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.goals = goals;
    }

    /** Every non-empty goal of the class's active plan: each group's, then the members' (group number order). */
    @Transactional(readOnly = true)
    public List<Goal> ofClass(long classId) {
        Optional<GroupPlan> plan = plans.findByClassIdAndActiveTrue(classId);
        if (plan.isEmpty()) {
            return List.of();
        }
        long planId = plan.get().getId();
        List<Goal> result = new ArrayList<>();
        Map<Long, StudyGroup> byId = new HashMap<>();
        for (StudyGroup g : groups.findByPlanIdOrderByNumberAsc(planId)) {
            byId.put(g.getId(), g);
            groupGoals(planId, g, result);
        }
        Map<Long, GroupMember> memberOf = new HashMap<>();
        byId.keySet().forEach(id -> members.findByGroupIdOrderByMemberNoAsc(id).forEach(m -> memberOf.put(m.getStudentId(), m)));
        for (MemberGoal goal : goals.findByPlanIdOrderByIdAsc(planId)) {
            GroupMember m = memberOf.get(goal.getStudentId());
            if (m != null) {
                personalGoals(planId, byId.get(m.getGroupId()), goal, result);
            }
        }
        return result;
    }

    /** The goals a student checks in on: their group's and their own (empty without an active plan or group). */
    @Transactional(readOnly = true)
    public List<Goal> ofStudent(long classId, long studentId) {
        Optional<GroupPlan> plan = plans.findByClassIdAndActiveTrue(classId);
        if (plan.isEmpty()) {
            return List.of();
        }
        long planId = plan.get().getId();
        Optional<GroupMember> me = members.findByPlanIdAndStudentId(planId, studentId);
        if (me.isEmpty()) {
            return List.of();
        }
        StudyGroup group = groups.findById(me.get().getGroupId()).orElseThrow();
        List<Goal> result = new ArrayList<>();
        groupGoals(planId, group, result);
        goals.findByPlanIdAndStudentId(planId, studentId).ifPresent(g -> personalGoals(planId, group, g, result));
        return result;
    }

    private static void groupGoals(long planId, StudyGroup g, List<Goal> result) {
        add(result, planId, g, Kind.GROUP_MIDTERM, null, g.getGoalMidterm());
        add(result, planId, g, Kind.GROUP_FINAL, null, g.getGoalFinal());
        add(result, planId, g, Kind.GROUP_YEAR, null, g.getGoalYear());
    }

    private static void personalGoals(long planId, StudyGroup g, MemberGoal goal, List<Goal> result) {
        add(result, planId, g, Kind.PERSONAL_SHORT, goal.getStudentId(), goal.getShortTerm());
        add(result, planId, g, Kind.PERSONAL_LONG, goal.getStudentId(), goal.getLongTerm());
    }

    private static void add(List<Goal> result, long planId, StudyGroup g, Kind kind, Long studentId, String text) {
        if (text != null && !text.isBlank()) {
            result.add(new Goal(planId, g.getId(), g.getNumber(), kind, studentId, text));
        }
    }
}
