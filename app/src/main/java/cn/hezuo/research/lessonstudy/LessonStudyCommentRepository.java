package cn.hezuo.research.lessonstudy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStudyCommentRepository extends JpaRepository<LessonStudyComment, Long> {

    List<LessonStudyComment> findByDraftIdOrderByParagraphAscIdAsc(Long draftId);

    Optional<LessonStudyComment> findByIdAndCaseId(Long id, Long caseId);
}
