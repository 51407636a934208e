package cn.hezuo.research.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByActivityIdOrderByIdAsc(Long activityId);

    Optional<Attendance> findByActivityIdAndTeacherId(Long activityId, Long teacherId);

    List<Attendance> findByActivityIdIn(Collection<Long> activityIds);

    void deleteByActivityId(Long activityId);

    List<Attendance> findByTeacherId(Long teacherId);
}
