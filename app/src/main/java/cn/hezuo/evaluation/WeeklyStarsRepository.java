package cn.hezuo.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeeklyStarsRepository extends JpaRepository<WeeklyStars, Long> {

    Optional<WeeklyStars> findByTermIdAndTermWeekAndGroupId(Long termId, int termWeek, Long groupId);

    List<WeeklyStars> findByClassIdAndTermIdAndTermWeekOrderByIdAsc(Long classId, Long termId, int termWeek);

    List<WeeklyStars> findByClassIdAndTermIdAndTermWeekBetweenOrderByIdAsc(Long classId, Long termId, int fromWeek, int toWeek);
}
