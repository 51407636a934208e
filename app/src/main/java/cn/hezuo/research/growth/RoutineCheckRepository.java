package cn.hezuo.research.growth;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineCheckRepository extends JpaRepository<RoutineCheck, Long> {

    List<RoutineCheck> findByTeacherIdInAndMonth(Collection<Long> teacherIds, String month);

    Optional<RoutineCheck> findByTeacherIdAndMonthAndItem(Long teacherId, String month, Enums.CheckItem item);

    List<RoutineCheck> findByTeacherIdAndTermIdOrderByMonthAscItemAsc(Long teacherId, Long termId);
}
