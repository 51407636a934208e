package cn.hezuo.group.seating;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeatingChartRepository extends JpaRepository<SeatingChart, Long> {
    Optional<SeatingChart> findByPlanId(Long planId);
}
