package cn.hezuo.research.lessonstudy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStudyRoleRepository extends JpaRepository<LessonStudyRole, Long> {

    List<LessonStudyRole> findByCaseIdOrderByIdAsc(Long caseId);

    Optional<LessonStudyRole> findByCaseIdAndTeacherId(Long caseId, Long teacherId);
}
