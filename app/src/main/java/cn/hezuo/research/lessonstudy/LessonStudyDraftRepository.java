package cn.hezuo.research.lessonstudy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStudyDraftRepository extends JpaRepository<LessonStudyDraft, Long> {

    List<LessonStudyDraft> findByCaseIdOrderByNumberAsc(Long caseId);

    Optional<LessonStudyDraft> findByIdAndCaseId(Long id, Long caseId);
}
