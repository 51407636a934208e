package cn.hezuo.mutualhelp.questions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionAnswerRepository extends JpaRepository<ReflectionAnswer, Long> {

    Optional<ReflectionAnswer> findByReflectionIdAndStudentId(Long reflectionId, Long studentId);

    List<ReflectionAnswer> findByReflectionIdOrderByAnsweredAtAscIdAsc(Long reflectionId);
}
