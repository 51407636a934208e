package cn.hezuo.research.lessonstudy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonStudySelfItemRepository extends JpaRepository<LessonStudySelfItem, Long> {

    List<LessonStudySelfItem> findByCaseIdOrderByIdAsc(Long caseId);
}
