package cn.hezuo.evaluation;

import cn.hezuo.group.ActivePlanLayout;
import cn.hezuo.roster.StudentDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the active grouping plan of a class (from {@code cn.hezuo.group}) with member numbers, and the members' names
 * (from {@code cn.hezuo.roster}). Every award asks this, so both answer with plain values, never entities.
 */
@Component
class ClassGroupsQuery {

    private final ActivePlanLayout plans;
    private final StudentDirectory students;

    ClassGroupsQuery(ActivePlanLayout plans, StudentDirectory students) {
        this.plans = plans;
        this.students = students;
    }

    @Transactional(readOnly = true)
    ClassGroups of(long classId) {
        Optional<ActivePlanLayout.Layout> layout = plans.of(classId);
        if (layout.isEmpty()) {
            return new ClassGroups(List.of(), Map.of());
        }
        // Students who left the class since the plan was made are not on the board.
        Map<Long, String> names = students.activeNames(classId);
        Map<Long, List<ClassGroups.Member>> byGroup = new LinkedHashMap<>();
        Map<Long, ClassGroups.Member> byStudent = new HashMap<>();
        for (ActivePlanLayout.Member m : layout.get().members()) {
            if (!names.containsKey(m.studentId())) {
                continue;
            }
            ClassGroups.Member member = new ClassGroups.Member(m.studentId(), m.groupId(), m.memberNo(),
                    names.get(m.studentId()));
            byGroup.computeIfAbsent(member.groupId(), k -> new ArrayList<>()).add(member);
            byStudent.put(member.studentId(), member);
        }
        List<ClassGroups.Group> list = new ArrayList<>();
        for (ActivePlanLayout.Group g : layout.get().groups()) {
            list.add(new ClassGroups.Group(g.id(), g.number(), g.name(),
                    List.copyOf(byGroup.getOrDefault(g.id(), List.of()))));
        }
        return new ClassGroups(List.copyOf(list), Map.copyOf(byStudent));
    }
}
