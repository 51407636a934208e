package cn.hezuo.mutualhelp.questions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    List<Lesson> findByClassIdOrderByLessonAtDescIdDesc(Long classId);
}
