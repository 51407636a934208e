package cn.hezuo.group.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberGoalRepository extends JpaRepository<MemberGoal, Long> {
    List<MemberGoal> findByPlanIdOrderByIdAsc(Long planId);

    Optional<MemberGoal> findByPlanIdAndStudentId(Long planId, Long studentId);
}
