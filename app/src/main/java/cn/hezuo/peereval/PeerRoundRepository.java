package cn.hezuo.peereval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeerRoundRepository extends JpaRepository<PeerRound, Long> {
    List<PeerRound> findByClassIdOrderByOpenedAtDescIdDesc(Long classId);

    Optional<PeerRound> findByIdAndSchoolId(Long id, Long schoolId);
}
