package cn.hezuo.research.observation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservationAssignmentRepository extends JpaRepository<ObservationAssignment, Long> {

    List<ObservationAssignment> findByLessonIdOrderByIdAsc(Long lessonId);

    List<ObservationAssignment> findByLessonIdInOrderByIdAsc(Collection<Long> lessonIds);

    Optional<ObservationAssignment> findByLessonIdAndTeacherId(Long lessonId, Long teacherId);

    List<ObservationAssignment> findByTeacherIdOrderByIdDesc(Long teacherId);
}
