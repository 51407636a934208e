package cn.hezuo.group;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the classroom evaluation, which asks at every award: the class's active plan as plain values (groups and
 * members, no entities). Managed entities would be dirty-checked at every flush of the award's transaction, which made
 * up most of an award's cost under load.
 */
@Component
public class ActivePlanLayout {

    /** The active plan's groups by number and its members by group, then member number (每组N号). */
    public record Layout(long planId, List<Group> groups, List<Member> members) {
    }

    public record Group(long id, int number, String name) {
    }

    public record Member(long studentId, long groupId, int memberNo) {
    }

    private final EntityManager entityManager;

    ActivePlanLayout(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Optional<Layout> of(long classId) {
        List<Long> plans = entityManager.createQuery(
                        "select p.id from GroupPlan p where p.classId = :classId and p.active = true order by p.id", Long.class)
                .setParameter("classId", classId).getResultList();
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        long planId = plans.get(0);
        List<Member> members = entityManager.createQuery("select m.studentId, m.groupId, m.memberNo from GroupMember m"
                        + " where m.planId = :planId order by m.groupId, m.memberNo", Object[].class)
                .setParameter("planId", planId).getResultList().stream()
                .map(r -> new Member((Long) r[0], (Long) r[1], (Integer) r[2])).toList();
        List<Group> groups = entityManager.createQuery("select g.id, g.number, g.name from StudyGroup g"
                        + " where g.planId = :planId order by g.number", Object[].class)
                .setParameter("planId", planId).getResultList().stream()
                .map(g -> new Group((Long) g[0], (Integer) g[1], (String) g[2])).toList();
        return Optional.of(new Layout(planId, groups, members));
    }
}
