package cn.hezuo.mutualhelp.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCheckInRepository extends JpaRepository<PlanCheckIn, Long> {

    List<PlanCheckIn> findByPlanIdOrderByWeekMondayDescIdDesc(Long planId);

    Optional<PlanCheckIn> findByPlanIdAndRequestId(Long planId, String requestId);
}
