package cn.hezuo.calling;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallingPickRepository extends JpaRepository<CallingPick, Long> {
    List<CallingPick> findByDrawIdInOrderByDrawIdAscGroupNoAsc(Collection<Long> drawIds);

    List<CallingPick> findByDrawIdOrderByGroupNoAsc(Long drawId);
}
