package cn.hezuo.group.roles;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleOverrideRepository extends JpaRepository<RoleOverride, Long> {
    List<RoleOverride> findByPlanIdAndWeekOrderByIdAsc(Long planId, int week);

    Optional<RoleOverride> findByPlanIdAndStudentIdAndWeek(Long planId, Long studentId, int week);
}
