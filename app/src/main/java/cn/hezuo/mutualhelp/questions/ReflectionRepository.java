package cn.hezuo.mutualhelp.questions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {

    Optional<Reflection> findByLessonId(Long lessonId);

    List<Reflection> findByLessonIdIn(Collection<Long> lessonIds);
}
