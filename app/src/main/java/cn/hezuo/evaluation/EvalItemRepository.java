package cn.hezuo.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvalItemRepository extends JpaRepository<EvalItem, Long> {
    List<EvalItem> findByClassIdOrderBySortOrderAscIdAsc(Long classId);

    List<EvalItem> findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(Long classId);

    Optional<EvalItem> findByIdAndClassId(Long id, Long classId);

    boolean existsByClassId(Long classId);
}
