package cn.hezuo.evaluation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the active grouping plan of a class (see {@code cn.hezuo.group}) with member numbers and names.
 *
 * <p>Every award asks this, so it reads plain values (three small queries) instead of entities: managed
 * entities would be dirty-checked at every flush of the award's transaction, which made up most of an
 * award's cost under load.
 */
@Component
class ClassGroupsQuery {

    private final EntityManager entityManager;

    ClassGroupsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    ClassGroups of(long classId) {
        List<Long> plans = entityManager.createQuery(
                        "select p.id from GroupPlan p where p.classId = :classId and p.active = true order by p.id", Long.class)
                .setParameter("classId", classId).getResultList();
        if (plans.isEmpty()) {
            return new ClassGroups(List.of(), Map.of());
        }
        long planId = plans.get(0);
        Map<Long, List<ClassGroups.Member>> byGroup = new LinkedHashMap<>();
        Map<Long, ClassGroups.Member> byStudent = new HashMap<>();
        // Students who left the class since the plan was made are not on the board.
        List<Object[]> rows = entityManager.createQuery("select s.id, m.groupId, m.memberNo, s.name from GroupMember m"
                        + " join Student s on s.id = m.studentId where m.planId = :planId and s.classId = :classId"
                        + " and s.active = true order by m.groupId, m.memberNo", Object[].class)
                .setParameter("planId", planId).setParameter("classId", classId).getResultList();
        for (Object[] row : rows) {
            ClassGroups.Member member = new ClassGroups.Member((Long) row[0], (Long) row[1], (Integer) row[2],
                    (String) row[3]);
            byGroup.computeIfAbsent(member.groupId(), k -> new ArrayList<>()).add(member);
            byStudent.put(member.studentId(), member);
        }
        List<ClassGroups.Group> list = new ArrayList<>();
        for (Object[] g : entityManager.createQuery("select g.id, g.number, g.name from StudyGroup g"
                        + " where g.planId = :planId order by g.number", Object[].class)
                .setParameter("planId", planId).getResultList()) {
            long groupId = (Long) g[0];
            list.add(new ClassGroups.Group(groupId, (Integer) g[1], (String) g[2],
                    List.copyOf(byGroup.getOrDefault(groupId, List.of()))));
        }
        return new ClassGroups(List.copyOf(list), Map.copyOf(byStudent));
    }
}
