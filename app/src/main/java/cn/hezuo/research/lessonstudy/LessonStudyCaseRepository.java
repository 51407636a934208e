package cn.hezuo.research.lessonstudy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStudyCaseRepository extends JpaRepository<LessonStudyCase, Long> {

    Optional<LessonStudyCase> findByIdAndSchoolId(Long id, Long schoolId);

    List<LessonStudyCase> findByGroupIdOrderByCreatedAtDescIdDesc(Long groupId);

    List<LessonStudyCase> findByGroupIdInOrderByCreatedAtDescIdDesc(Collection<Long> groupIds);

    List<LessonStudyCase> findBySchoolIdOrderByIdAsc(Long schoolId);

    List<LessonStudyCase> findByPairKeyOrderByIdAsc(String pairKey);
}
