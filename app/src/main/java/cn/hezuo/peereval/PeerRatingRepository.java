package cn.hezuo.peereval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeerRatingRepository extends JpaRepository<PeerRating, Long> {
    List<PeerRating> findByRoundIdOrderByRaterIdAscRateeIdAsc(Long roundId);

    List<PeerRating> findByRoundIdAndRateeIdOrderByIdAsc(Long roundId, Long rateeId);

    List<PeerRating> findByRoundIdAndRaterIdOrderByRateeIdAsc(Long roundId, Long raterId);

    Optional<PeerRating> findByRoundIdAndRaterIdAndRateeId(Long roundId, Long raterId, Long rateeId);
}
