package cn.hezuo.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupPlanRepository extends JpaRepository<GroupPlan, Long> {
    List<GroupPlan> findByClassIdOrderByCreatedAtDescIdDesc(Long classId);

    Optional<GroupPlan> findByClassIdAndActiveTrue(Long classId);

    Optional<GroupPlan> findByIdAndSchoolId(Long id, Long schoolId);

    List<GroupPlan> findByNumberingSeedIsNullOrderByIdAsc();

    long countByClassIdAndStatus(Long classId, PlanStatus status);
}
