package cn.hezuo.mutualhelp.pairs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PairCheckInRepository extends JpaRepository<PairCheckIn, Long> {

    List<PairCheckIn> findByPairIdOrderByOnDayDescIdDesc(Long pairId);

    List<PairCheckIn> findByPairIdIn(Collection<Long> pairIds);

    Optional<PairCheckIn> findByPairIdAndRequestId(Long pairId, String requestId);
}
