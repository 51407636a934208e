package cn.hezuo.mutualhelp.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalReviewRepository extends JpaRepository<GoalReview, Long> {

    List<GoalReview> findByClassIdAndMonth(Long classId, String month);

    Optional<GoalReview> findByGroupIdAndMonth(Long groupId, String month);
}
