package cn.hezuo.calling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallingDrawRepository extends JpaRepository<CallingDraw, Long> {
    Optional<CallingDraw> findByClassIdAndRequestId(Long classId, String requestId);

    Optional<CallingDraw> findByIdAndClassId(Long id, Long classId);

    List<CallingDraw> findByClassIdAndCalledAtGreaterThanEqualOrderByCalledAtAscIdAsc(Long classId, Instant from);

    List<CallingDraw> findTop50ByClassIdOrderByCalledAtDescIdDesc(Long classId);
}
