package cn.hezuo.peereval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeerGroupRatingRepository extends JpaRepository<PeerGroupRating, Long> {
    List<PeerGroupRating> findByRoundIdOrderByRaterGroupNoAscRateeGroupNoAsc(Long roundId);

    Optional<PeerGroupRating> findByRoundIdAndRaterGroupNoAndRateeGroupNo(Long roundId, int raterGroupNo, int rateeGroupNo);
}
