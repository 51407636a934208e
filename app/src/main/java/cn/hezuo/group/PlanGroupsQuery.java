package cn.hezuo.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features (evaluation reports, commendation): which plan a group belongs to. Points belong to the group
 * they were earned in, so a report over a period that spans a regrouping lists the groups of each plan, labelled
 * with the plan; this says what those groups are called.
 */
@Component
public class PlanGroupsQuery {

    /** A group of some plan of the class: its plan's name, whether that plan is the active one, and since when. */
    public record PlanGroup(long groupId, int number, String name, long planId, String planName, boolean activePlan,
                            Instant planActivatedAt) {
    }

    /** The class's active plan: id, name and when it became active (null for a plan activated before issue 11). */
    public record ActivePlan(long planId, String name, Instant activatedAt) {
    }

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;

    PlanGroupsQuery(GroupPlanRepository plans, StudyGroupRepository groups) {
        this.plans = plans;
        this.groups = groups;
    }

    @Transactional(readOnly = true)
    public Optional<ActivePlan> activePlan(long classId) {
        return plans.findByClassIdAndActiveTrue(classId).map(p -> new ActivePlan(p.getId(), p.getName(), p.getActivatedAt()));
    }

    /**
     * The given groups (ids of any plans) plus every group of the class's active plan, ordered plan by plan (older
     * plans first, the active plan last) and by group number inside a plan.
     */
    @Transactional(readOnly = true)
    public List<PlanGroup> withActive(long classId, Collection<Long> groupIds) {
        Set<Long> wanted = new HashSet<>(groupIds);
        Optional<GroupPlan> active = plans.findByClassIdAndActiveTrue(classId);
        List<StudyGroup> found = new ArrayList<>(groups.findAllById(wanted));
        active.ifPresent(p -> groups.findByPlanIdOrderByNumberAsc(p.getId()).stream()
                .filter(g -> !wanted.contains(g.getId())).forEach(found::add));
        Map<Long, GroupPlan> planById = new HashMap<>();
        plans.findAllById(found.stream().map(StudyGroup::getPlanId).distinct().toList())
                .forEach(p -> planById.put(p.getId(), p));
        List<PlanGroup> result = new ArrayList<>();
        for (StudyGroup g : found) {
            GroupPlan plan = planById.get(g.getPlanId());
            if (plan == null || !plan.getClassId().equals(classId)) {
                continue;
            }
            result.add(new PlanGroup(g.getId(), g.getNumber(), g.getName(), plan.getId(), plan.getName(), plan.isActive(),
                    plan.getActivatedAt()));
        }
        result.sort(Comparator.comparing(PlanGroup::activePlan)
                .thenComparing(PlanGroup::planActivatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(PlanGroup::planId).thenComparingInt(PlanGroup::number));
        return result;
    }
}
