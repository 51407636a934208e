package cn.hezuo.exam;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamClassRepository extends JpaRepository<ExamClass, Long> {
    List<ExamClass> findByExamIdOrderByIdAsc(Long examId);

    List<ExamClass> findByClassIdIn(Collection<Long> classIds);

    List<ExamClass> findByExamIdIn(Collection<Long> examIds);
}
