package cn.hezuo.mutualhelp.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StudyPlanRepository extends JpaRepository<StudyPlan, Long> {

    Optional<StudyPlan> findByGroupId(Long groupId);

    List<StudyPlan> findByClassIdOrderByGroupNoAscIdAsc(Long classId);
}
