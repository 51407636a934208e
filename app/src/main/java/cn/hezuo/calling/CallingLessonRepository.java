package cn.hezuo.calling;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallingLessonRepository extends JpaRepository<CallingLesson, Long> {
    Optional<CallingLesson> findFirstByClassIdOrderByStartedAtDescIdDesc(Long classId);
}
