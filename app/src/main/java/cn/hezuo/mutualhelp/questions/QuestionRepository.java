package cn.hezuo.mutualhelp.questions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByLessonIdOrderByCreatedAtAscIdAsc(Long lessonId);

    List<Question> findByLessonIdAndGroupIdOrderByCreatedAtAscIdAsc(Long lessonId, Long groupId);

    List<Question> findByLessonIdInAndStudentIdOrderByCreatedAtAscIdAsc(List<Long> lessonIds, Long studentId);

    Optional<Question> findByStudentIdAndRequestId(Long studentId, String requestId);

    long countByLessonId(Long lessonId);
}
