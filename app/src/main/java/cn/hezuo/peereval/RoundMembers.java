package cn.hezuo.peereval;

import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is in which group for a round: the members of the grouping plan the round was opened on. */
@Component
class RoundMembers {

    private final GroupDirectory groups;
    private final StudentDirectory students;

    RoundMembers(GroupDirectory groups, StudentDirectory students) {
        this.groups = groups;
        this.students = students;
    }

    /** A member of a round's group. */
    record Member(long studentId, String studentNo, String name, int groupNo, int memberNo) {
    }

    /** The groups of a round in number order, members by member number. */
    record Groups(Map<Integer, List<Member>> byGroup) {

        Optional<Member> member(long studentId) {
            return byGroup.values().stream().flatMap(List::stream).filter(m -> m.studentId() == studentId).findFirst();
        }

        List<Member> groupOf(long studentId) {
            return member(studentId).map(m -> byGroup.get(m.groupNo())).orElse(List.of());
        }

        Map<Integer, List<Long>> ids() {
            Map<Integer, List<Long>> ids = new LinkedHashMap<>();
            byGroup.forEach((g, list) -> ids.put(g, list.stream().map(Member::studentId).toList()));
            return ids;
        }

        Map<Long, Member> byStudent() {
            Map<Long, Member> map = new HashMap<>();
            byGroup.values().forEach(list -> list.forEach(m -> map.put(m.studentId(), m)));
            return map;
        }
    }

    @Transactional(readOnly = true)
    Groups of(PeerRound round) {
        Map<Long, Integer> numberOf = new HashMap<>();
        List<StudyGroup> groupList = groups.groupsOf(round.getPlanId());
        groupList.forEach(g -> numberOf.put(g.getId(), g.getNumber()));
        List<GroupMember> memberList = groups.membersOf(round.getPlanId());
        Map<Long, Student> studentById = new HashMap<>();
        students.findAll(memberList.stream().map(GroupMember::getStudentId).toList())
                .forEach(s -> studentById.put(s.getId(), s));
        Map<Integer, List<Member>> byGroup = new LinkedHashMap<>();
        groupList.forEach(g -> byGroup.put(g.getNumber(), new ArrayList<>()));
        for (GroupMember m : memberList) {
            Student s = studentById.get(m.getStudentId());
            if (s != null && s.isActive()) {
                byGroup.get(numberOf.get(m.getGroupId())).add(new Member(s.getId(), s.getStudentNo(), s.getName(),
                        numberOf.get(m.getGroupId()), m.getMemberNo()));
            }
        }
        byGroup.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(Member::memberNo)));
        return new Groups(byGroup);
    }
}
