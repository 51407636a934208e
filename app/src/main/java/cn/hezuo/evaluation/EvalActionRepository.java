package cn.hezuo.evaluation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvalActionRepository extends JpaRepository<EvalAction, Long> {
    Optional<EvalAction> findByRequestId(String requestId);

    Optional<EvalAction> findByIdAndClassId(Long id, Long classId);

    /** Marks the action undone unless it already is: 1 when this call undid it, 0 when someone was first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EvalAction a set a.undoneBy = :by, a.undoneAt = :at where a.id = :id and a.undoneAt is null")
    int markUndone(@Param("id") Long id, @Param("by") String by, @Param("at") Instant at);
}
