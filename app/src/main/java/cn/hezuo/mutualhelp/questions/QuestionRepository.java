package cn.hezuo.mutualhelp.questions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByLessonIdOrderByCreatedAtAscIdAsc(Long lessonId);

    List<Question> findByLessonIdAndGroupIdOrderByCreatedAtAscIdAsc(Long lessonId, Long groupId);

    List<Question> findByLessonIdInAndStudentIdOrderByCreatedAtAscIdAsc(List<Long> lessonIds, Long studentId);

    Optional<Question> findByStudentIdAndRequestId(Long studentId, String requestId);

    long countByLessonId(Long lessonId);

    /** How many questions each of these lessons has, in one grouped read: [lessonId, count] rows. */
    @Query("select q.lessonId, count(q) from Question q where q.lessonId in :lessonIds group by q.lessonId")
    List<Object[]> countByLessonIds(Collection<Long> lessonIds);
}
