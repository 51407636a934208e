package cn.hezuo.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups of a class's active plan with their members, as evaluation sees them. Empty when the class
 * has no active plan (students can still be awarded; their points then count toward no group).
 */
record ClassGroups(List<Group> groups, Map<Long, Member> membersByStudent) {

    record Group(long id, int number, String name, List<Member> members) {
        /** "第2组" or the group's own name (组名) when it has one. */
        String label(String numberedLabel) {
            return name == null || name.isBlank() ? numberedLabel : name;
        }
    }

    record Member(long studentId, long groupId, int memberNo, String name) {
    }

    Optional<Group> group(long groupId) {
        return groups.stream().filter(g -> g.id() == groupId).findFirst();
    }

    Long groupOf(long studentId) {
        Member member = membersByStudent.get(studentId);
        return member == null ? null : member.groupId();
    }

    List<Long> groupIds() {
        return groups.stream().map(Group::id).toList();
    }
}
