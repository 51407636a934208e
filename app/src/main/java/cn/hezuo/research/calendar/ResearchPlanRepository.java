package cn.hezuo.research.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchPlanRepository extends JpaRepository<ResearchPlan, Long> {

    Optional<ResearchPlan> findByGroupIdAndTermId(Long groupId, Long termId);
}
