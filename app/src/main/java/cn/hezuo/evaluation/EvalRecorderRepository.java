package cn.hezuo.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvalRecorderRepository extends JpaRepository<EvalRecorder, Long> {
    List<EvalRecorder> findByClassIdOrderByIdAsc(Long classId);

    Optional<EvalRecorder> findByClassIdAndStudentId(Long classId, Long studentId);

    void deleteByClassId(Long classId);
}
