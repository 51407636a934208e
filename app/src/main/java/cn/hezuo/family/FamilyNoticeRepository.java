package cn.hezuo.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FamilyNoticeRepository extends JpaRepository<FamilyNotice, Long> {
    List<FamilyNotice> findTop20ByClassIdOrderByPostedAtDescIdDesc(Long classId);
    Optional<FamilyNotice> findByIdAndClassId(Long id, Long classId);
}
