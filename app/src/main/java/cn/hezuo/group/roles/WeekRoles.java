package cn.hezuo.group.roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roles of every member of a class's active plan in one term week, in group then member-number order. */
public record WeekRoles(long planId, int week, SchemeKind kind, int periodWeeks, List<MemberRoles> members) {

    public Map<Integer, List<MemberRoles>> byGroup() {
        Map<Integer, List<MemberRoles>> groups = new LinkedHashMap<>();
        members.forEach(m -> groups.computeIfAbsent(m.groupNumber(), n -> new java.util.ArrayList<>()).add(m));
        return groups;
    }

    public List<MemberRoles> group(long groupId) {
        return members.stream().filter(m -> m.groupId() == groupId).toList();
    }
}
