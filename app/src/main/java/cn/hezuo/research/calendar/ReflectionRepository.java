package cn.hezuo.research.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {

    List<Reflection> findByActivityIdOrderByWrittenAtAscIdAsc(Long activityId);

    Optional<Reflection> findByActivityIdAndTeacherId(Long activityId, Long teacherId);

    void deleteByActivityId(Long activityId);
}
