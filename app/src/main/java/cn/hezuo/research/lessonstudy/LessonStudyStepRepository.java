package cn.hezuo.research.lessonstudy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStudyStepRepository extends JpaRepository<LessonStudyStep, Long> {

    List<LessonStudyStep> findByCaseIdOrderBySortOrderAscIdAsc(Long caseId);

    Optional<LessonStudyStep> findByIdAndCaseId(Long id, Long caseId);

    List<LessonStudyStep> findByOwnerIdAndStatusAndDueDateBeforeOrderByDueDateAscIdAsc(Long ownerId, StepStatus status,
                                                                                        LocalDate before);
}
