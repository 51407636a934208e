package cn.hezuo.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvalPointRepository extends JpaRepository<EvalPoint, Long> {
    List<EvalPoint> findByActionIdOrderByIdAsc(Long actionId);
}
