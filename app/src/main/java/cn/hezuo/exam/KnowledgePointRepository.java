package cn.hezuo.exam;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KnowledgePointRepository extends JpaRepository<KnowledgePoint, Long> {
    List<KnowledgePoint> findBySchoolIdAndSubjectIdOrderByNameAsc(Long schoolId, Long subjectId);
}
