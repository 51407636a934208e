package cn.hezuo.exam;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamItemRepository extends JpaRepository<ExamItem, Long> {
    List<ExamItem> findByExamIdOrderBySeqAsc(Long examId);
}
