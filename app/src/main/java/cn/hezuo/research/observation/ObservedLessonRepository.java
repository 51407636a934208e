package cn.hezuo.research.observation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObservedLessonRepository extends JpaRepository<ObservedLesson, Long> {

    Optional<ObservedLesson> findByIdAndSchoolId(Long id, Long schoolId);

    List<ObservedLesson> findByGroupIdOrderByLessonDateDescIdDesc(Long groupId);

    List<ObservedLesson> findBySchoolIdAndIdInOrderByLessonDateAscIdAsc(Long schoolId, Collection<Long> ids);

    List<ObservedLesson> findBySchoolIdAndLabelIsNotNullOrderByLessonDateAscIdAsc(Long schoolId);

    List<ObservedLesson> findBySchoolIdAndClassIdInAndLessonDateBetweenOrderByLessonDateAscIdAsc(Long schoolId,
            Collection<Long> classIds, java.time.LocalDate from, java.time.LocalDate to);
}
