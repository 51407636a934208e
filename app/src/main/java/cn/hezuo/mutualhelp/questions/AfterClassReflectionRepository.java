package cn.hezuo.mutualhelp.questions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AfterClassReflectionRepository extends JpaRepository<AfterClassReflection, Long> {

    Optional<AfterClassReflection> findByLessonId(Long lessonId);

    List<AfterClassReflection> findByLessonIdIn(Collection<Long> lessonIds);
}
