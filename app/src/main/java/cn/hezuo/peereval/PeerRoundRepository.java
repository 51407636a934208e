package cn.hezuo.peereval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PeerRoundRepository extends JpaRepository<PeerRound, Long> {
    @Query("select r from PeerRound r where r.classId = ?1 order by r.openedAndClosed.openedAt desc, r.id desc")
    List<PeerRound> findByClassIdOrderByOpenedAtDescIdDesc(Long classId);

    Optional<PeerRound> findByIdAndSchoolId(Long id, Long schoolId);
}
