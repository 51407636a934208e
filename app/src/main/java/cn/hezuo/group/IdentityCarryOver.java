package cn.hezuo.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * When a class is regrouped, its groups' 组名, 组训 and goals need not start empty: a new group takes the identity of
 * the previous plan's group that holds the majority (more than half) of its members. Matches are made strongest
 * first (most shared members, then lower group numbers), each old group at most once, and only into fields the new
 * group has left empty.
 */
@Component
class IdentityCarryOver {

    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;

    IdentityCarryOver(StudyGroupRepository groups, GroupMemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    /** Copies identities from {@code fromPlanId} to {@code toPlanId}; returns new group id → old group id. */
    Map<Long, Long> carry(long fromPlanId, long toPlanId) {
        Map<Long, StudyGroup> oldGroups = new HashMap<>();
        groups.findByPlanIdOrderByNumberAsc(fromPlanId).forEach(g -> oldGroups.put(g.getId(), g));
        Map<Long, Long> oldGroupOf = new HashMap<>();
        members.findByPlanIdOrderByGroupIdAscMemberNoAsc(fromPlanId).forEach(m -> oldGroupOf.put(m.getStudentId(), m.getGroupId()));
        List<StudyGroup> newGroups = groups.findByPlanIdOrderByNumberAsc(toPlanId);
        Map<Long, Long> matches = match(newGroups, members.findByPlanIdOrderByGroupIdAscMemberNoAsc(toPlanId), oldGroupOf,
                oldGroups);
        Map<Long, StudyGroup> byId = new HashMap<>();
        newGroups.forEach(g -> byId.put(g.getId(), g));
        matches.forEach((newId, oldId) -> copy(oldGroups.get(oldId), byId.get(newId)));
        return matches;
    }

    static Map<Long, Long> match(List<StudyGroup> newGroups, List<GroupMember> newMembers, Map<Long, Long> oldGroupOf,
                                 Map<Long, StudyGroup> oldGroups) {
        record Candidate(long newId, int newNumber, long oldId, int oldNumber, long shared) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (StudyGroup group : newGroups) {
            List<GroupMember> mates = newMembers.stream().filter(m -> m.getGroupId().equals(group.getId())).toList();
            Map<Long, Long> shared = new HashMap<>();
            mates.forEach(m -> {
                Long old = oldGroupOf.get(m.getStudentId());
                if (old != null) {
                    shared.merge(old, 1L, Long::sum);
                }
            });
            shared.forEach((oldId, count) -> {
                if (count * 2 > mates.size() && oldGroups.containsKey(oldId)) {
                    candidates.add(new Candidate(group.getId(), group.getNumber(), oldId, oldGroups.get(oldId).getNumber(),
                            count));
                }
            });
        }
        candidates.sort(Comparator.comparingLong((Candidate c) -> -c.shared()).thenComparingInt(Candidate::newNumber)
                .thenComparingInt(Candidate::oldNumber));
        Map<Long, Long> matches = new LinkedHashMap<>();
        Set<Long> usedOld = new HashSet<>();
        for (Candidate c : candidates) {
            if (!matches.containsKey(c.newId()) && usedOld.add(c.oldId())) {
                matches.put(c.newId(), c.oldId());
            }
        }
        return matches;
    }

    private static void copy(StudyGroup from, StudyGroup to) {
        if (blank(to.getName())) {
            to.setName(from.getName());
        }
        if (blank(to.getMotto())) {
            to.setMotto(from.getMotto());
        }
        if (blank(to.getGoalMidterm()) && blank(to.getGoalFinal()) && blank(to.getGoalYear())) {
            to.setGoals(from.getGoalMidterm(), from.getGoalMidtermStatus(), from.getGoalFinal(), from.getGoalFinalStatus(),
                    from.getGoalYear(), from.getGoalYearStatus());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
